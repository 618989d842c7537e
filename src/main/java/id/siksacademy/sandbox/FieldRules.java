package id.siksacademy.sandbox;

import id.siksacademy.scenario.Education;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.MaritalStatus;
import id.siksacademy.scenario.Occupation;
import id.siksacademy.scenario.Relationship;
import id.siksacademy.scenario.Sex;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The checks SIKS-NG itself applies to an entry: 16-digit NIK and KK, real dates, required
 * fields and code lists. A well-formed but wrong value passes: recognising it is the trainee's job.
 */
public final class FieldRules {

    public static final int NAME_MAX = 100;

    /**
     * A refusal: the translation key and its parameters; for an entry with several members, which
     * member (from 1) and which field it concerns.
     */
    public record Problem(String key, Integer member, Field field, Object... params) {

        public Problem(String key, Object... params) {
            this(key, null, null, params);
        }

        Problem inMember(int member, Field field) {
            return new Problem(key, member, field, params);
        }
    }

    private FieldRules() {
    }

    /** Trims, and upper-cases names as the KK writes them. */
    public static String normalise(Field field, String value) {
        String v = value == null ? "" : value.trim().replaceAll("\\s+", " ");
        return switch (field) {
            case NAME, MOTHER_NAME, BIRTH_PLACE -> v.toUpperCase(Locale.ROOT);
            default -> v;
        };
    }

    public static Optional<Problem> check(Field field, String value, LocalDate asOf, Set<String> villageCodes) {
        String v = normalise(field, value);
        if (v.isEmpty()) {
            return Optional.of(new Problem("check.required"));
        }
        return switch (field) {
            case NIK -> sixteenDigits(v, "check.nik");
            case NO_KK -> sixteenDigits(v, "check.kk");
            case NAME, MOTHER_NAME -> v.length() > NAME_MAX || !v.matches("[A-Z][A-Z .'-]*")
                    ? Optional.of(new Problem("check.name", NAME_MAX)) : Optional.empty();
            case BIRTH_PLACE, DUKUH -> v.length() > 60 ? Optional.of(new Problem("check.too-long", 60)) : Optional.empty();
            case BIRTH_DATE -> date(v, asOf);
            case SEX -> oneOf(v, Sex.values());
            case RELATIONSHIP -> oneOf(v, Relationship.values());
            case MARITAL_STATUS -> oneOf(v, MaritalStatus.values());
            case EDUCATION -> oneOf(v, Education.values());
            case OCCUPATION -> oneOf(v, Occupation.values());
            case VILLAGE_CODE -> villageCodes.contains(v) ? Optional.empty() : Optional.of(new Problem("check.village"));
            case RT, RW -> range(v, 1, 99);
            case FLOOR_AREA -> range(v, 1, 2000);
            default -> code(field, v);
        };
    }

    /** The codes a coded field accepts, lowest and highest. */
    public static int[] codeRange(Field field) {
        return switch (field) {
            case OWNERSHIP -> new int[] {1, 5};
            case FLOOR, ROOF -> new int[] {1, 10};
            case WALL -> new int[] {1, 7};
            case WATER -> new int[] {1, 8};
            case LIGHTING -> new int[] {1, 3};
            case POWER -> new int[] {1, 6};
            case COOKING_FUEL -> new int[] {1, 9};
            case TOILET -> new int[] {1, 4};
            default -> field.codedThreeFour() ? new int[] {3, 4} : new int[] {1, 2};
        };
    }

    /** Whether a stored code is outside its list (as keyed on the paper form, perhaps). */
    public static boolean outOfList(Field field, int code) {
        int[] r = codeRange(field);
        return code < r[0] || code > r[1];
    }

    private static Optional<Problem> code(Field field, String v) {
        int[] r = codeRange(field);
        return range(v, r[0], r[1]).map(p -> new Problem("check.code", r[0], r[1]));
    }

    private static Optional<Problem> sixteenDigits(String v, String key) {
        return v.matches("\\d{16}") ? Optional.empty() : Optional.of(new Problem(key));
    }

    private static Optional<Problem> range(String v, int lo, int hi) {
        try {
            int n = Integer.parseInt(v);
            return n >= lo && n <= hi ? Optional.empty() : Optional.of(new Problem("check.range", lo, hi));
        } catch (NumberFormatException e) {
            return Optional.of(new Problem("check.range", lo, hi));
        }
    }

    private static Optional<Problem> date(String v, LocalDate asOf) {
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.isAfter(asOf)) {
                return Optional.of(new Problem("check.date-future"));
            }
            return d.getYear() < 1900 ? Optional.of(new Problem("check.date")) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of(new Problem("check.date"));
        }
    }

    private static Optional<Problem> oneOf(String v, Enum<?>[] values) {
        return Arrays.stream(values).anyMatch(e -> e.name().equals(v)) ? Optional.empty()
                : Optional.of(new Problem("check.code-list"));
    }
}
