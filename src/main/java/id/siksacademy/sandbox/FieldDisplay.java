package id.siksacademy.sandbox;

import id.siksacademy.base.text.PaperDate;
import id.siksacademy.scenario.Field;

/**
 * Stored values (field values, questionnaire codes, verval results) as an operator reads them:
 * "Laki-laki", "Istri/suami", "3 Ya", "1 (kode di luar daftar)". Used wherever a change or a result
 * is shown (Finalisasi, the result page, the household), so no screen shows an enum code.
 */
public final class FieldDisplay {

    /** Translation with parameters, as a component's getTranslation. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... params);
    }

    private FieldDisplay() {
    }

    /** The translation key of a questionnaire code's meaning: "code.&lt;FIELD&gt;.&lt;n&gt;", yes/no shared. */
    public static String codeKey(Field field, String code) {
        if (code.equals("0")) {
            return "code.not-surveyed";
        }
        int c = parse(code);
        if (FieldRules.outOfList(field, c)) {
            return "code.out-of-list";
        }
        if (field.isAsset()) {
            return c == 1 || c == 3 ? "code.yes" : "code.no";
        }
        return "code." + field.name() + "." + code;
    }

    /**
     * What a change or a result concerns, in words: a field's name, or a verval result, a new
     * household, the meeting, finalisation.
     */
    public static String name(Translator t, String what) {
        if (what == null) {
            return "";
        }
        return switch (what) {
            case "STATUS", "MEMBER_STATUS", "NEW_HOUSEHOLD", "MEETING", "SPTJM", "ELIGIBILITY", "NEW_MEMBER", "ANOMALY",
                 "REPLACE_HEAD" -> t.translate("change." + what);
            case "FINALISE" -> t.translate("enum.Workflow.FINALISE");
            default -> t.translate("field." + what);
        };
    }

    /** A stored value of {@code what} (a field name, STATUS or MEMBER_STATUS) in words; "-" for none. */
    public static String value(Translator t, String what, String value) {
        if (value == null || value.isEmpty()) {
            return t.translate("result.value.none");
        }
        String enumType = switch (what == null ? "" : what) {
            case "STATUS" -> "HouseholdStatus";
            case "MEMBER_STATUS" -> "MemberStatus";
            case "ELIGIBILITY" -> "Eligibility";
            case "ANOMALY" -> "Verdict";
            case "REPLACE_HEAD" -> "Relationship";
            case "SEX" -> "Sex";
            case "RELATIONSHIP" -> "Relationship";
            case "MARITAL_STATUS" -> "MaritalStatus";
            case "EDUCATION" -> "Education";
            case "OCCUPATION" -> "Occupation";
            case "MEETING", "SPTJM", "FINALISE" -> "Workflow";
            default -> null;
        };
        if (enumType != null) {
            return t.translate("enum." + enumType + "." + value);
        }
        Field field = field(what);
        if (field == Field.BIRTH_DATE) {
            return PaperDate.ofIso(value);
        }
        if (field == Field.FLOOR_AREA) {
            return value + " m²";
        }
        if (field != null && (field.isAsset() || field.isHousing())) {
            return value + " " + t.translate(codeKey(field, value));
        }
        return value;
    }

    private static Field field(String what) {
        try {
            return what == null ? null : Field.valueOf(what);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int parse(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
