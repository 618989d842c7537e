package id.siksacademy.sandbox;

import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.DtksMember;
import id.siksacademy.scenario.Education;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.MaritalStatus;
import id.siksacademy.scenario.Occupation;
import id.siksacademy.scenario.Relationship;
import id.siksacademy.scenario.Sex;
import java.time.LocalDate;

/** Reads and writes one field of a household or member as text (codes as numbers, enums by name). */
public final class FieldValues {

    private FieldValues() {
    }

    /**
     * A value as compared for "is it the same?": case, spacing and a leading "Dukuh" do not count. The
     * one comparison used by the sandbox's "unchanged" check, the scorer's change detection and its
     * usulan keying alike, so that a cosmetic re-typing is never a change anywhere.
     */
    public static String comparable(Field field, String value) {
        String n = FieldRules.normalise(field, value == null ? "" : value).toUpperCase(java.util.Locale.ROOT);
        return field == Field.DUKUH && n.startsWith("DUKUH ") ? n.substring("DUKUH ".length()) : n;
    }

    public static boolean same(Field field, String a, String b) {
        return comparable(field, a).equals(comparable(field, b));
    }

    public static String get(DtksHousehold h, Integer memberIndex, Field field) {
        if (!field.householdLevel) {
            DtksMember m = h.members().get(memberIndex);
            return switch (field) {
                case NIK -> m.nik();
                case NAME -> m.name();
                case BIRTH_DATE -> m.birthDate().toString();
                case SEX -> m.sex().name();
                case RELATIONSHIP -> m.relationship().name();
                case BIRTH_PLACE -> m.birthPlace();
                case MARITAL_STATUS -> m.maritalStatus().name();
                case MOTHER_NAME -> m.motherName();
                case EDUCATION -> m.education().name();
                case OCCUPATION -> m.occupation().name();
                default -> throw new IllegalArgumentException(field.name());
            };
        }
        return switch (field) {
            case NO_KK -> h.kk();
            case VILLAGE_CODE -> h.villageCode();
            case DUKUH -> h.dukuh();
            case RT -> Integer.toString(h.rt());
            case RW -> Integer.toString(h.rw());
            default -> Integer.toString(field.isHousing() ? h.housing().get(field) : h.assets().get(field));
        };
    }

    /** Writes a value that {@link FieldRules} accepted. */
    static DtksHousehold set(DtksHousehold h, Integer memberIndex, Field field, String v) {
        if (!field.householdLevel) {
            return h.withMember(memberIndex, m -> switch (field) {
                case NIK -> m.withNik(v);
                case NAME -> m.withName(v);
                case BIRTH_DATE -> m.withBirthDate(LocalDate.parse(v));
                case SEX -> m.withSex(Sex.valueOf(v));
                case RELATIONSHIP -> m.withRelationship(Relationship.valueOf(v));
                case BIRTH_PLACE -> m.withBirthPlace(v);
                case MARITAL_STATUS -> m.withMaritalStatus(MaritalStatus.valueOf(v));
                case MOTHER_NAME -> m.withMotherName(v);
                case EDUCATION -> m.withEducation(Education.valueOf(v));
                case OCCUPATION -> m.withOccupation(Occupation.valueOf(v));
                default -> throw new IllegalArgumentException(field.name());
            });
        }
        return switch (field) {
            case NO_KK -> h.withKk(v);
            case VILLAGE_CODE -> h.withVillageCode(v);
            case DUKUH -> h.withAddress(v, h.rt(), h.rw());
            case RT -> h.withAddress(h.dukuh(), Integer.parseInt(v), h.rw());
            case RW -> h.withAddress(h.dukuh(), h.rt(), Integer.parseInt(v));
            default -> field.isHousing() ? h.withHousing(h.housing().with(field, Integer.parseInt(v)))
                    : h.withAssets(h.assets().with(field, Integer.parseInt(v)));
        };
    }
}
