package id.siksacademy.scoring.ui;

import com.vaadin.flow.component.Component;
import id.siksacademy.scenario.Field;

/** Shows a stored value (field values, codes, verval results) in the operator's words. */
final class ValueText {

    private ValueText() {
    }

    static String of(Component c, String field, String value) {
        if (value == null || value.isEmpty()) {
            return c.getTranslation("result.value.none");
        }
        String enumType = switch (field == null ? "" : field) {
            case "STATUS" -> "HouseholdStatus";
            case "MEMBER_STATUS" -> "MemberStatus";
            case "SEX" -> "Sex";
            case "RELATIONSHIP" -> "Relationship";
            case "MARITAL_STATUS" -> "MaritalStatus";
            case "EDUCATION" -> "Education";
            case "OCCUPATION" -> "Occupation";
            case "MEETING", "FINALISE" -> "Workflow";
            default -> null;
        };
        if (enumType != null) {
            return c.getTranslation("enum." + enumType + "." + value);
        }
        try {
            Field f = Field.valueOf(field);
            if (f.isAsset() || (f.isHousing() && f != Field.FLOOR_AREA)) {
                return value + " (" + c.getTranslation(f.codedThreeFour()
                        ? (value.equals("3") ? "code.yes" : value.equals("4") ? "code.no" : "code.out-of-list")
                        : value.equals("1") ? "code.yes" : value.equals("2") ? "code.no" : "code.out-of-list") + ")";
            }
        } catch (IllegalArgumentException e) {
            // not a field: shown as it is
        }
        return value;
    }

    static String fieldName(Component c, String field) {
        if (field == null) {
            return "";
        }
        return switch (field) {
            case "STATUS" -> c.getTranslation("change.STATUS");
            case "MEMBER_STATUS" -> c.getTranslation("change.MEMBER_STATUS");
            case "MEETING", "FINALISE" -> c.getTranslation("enum.Workflow." + field);
            default -> c.getTranslation("field." + field);
        };
    }
}
