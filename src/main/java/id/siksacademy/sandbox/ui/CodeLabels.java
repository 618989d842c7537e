package id.siksacademy.sandbox.ui;

import id.siksacademy.sandbox.FieldRules;
import id.siksacademy.scenario.Field;

/** Translation keys of questionnaire codes: "code.&lt;FIELD&gt;.&lt;n&gt;", yes/no assets shared. */
final class CodeLabels {

    private CodeLabels() {
    }

    static String key(Field field, String code) {
        if (code.equals("0")) {
            return "code.not-surveyed";
        }
        if (field.isAsset()) {
            int c = parse(code);
            boolean inList = !FieldRules.outOfList(field, c);
            if (!inList) {
                return "code.out-of-list";
            }
            return c == 1 || c == 3 ? "code.yes" : "code.no";
        }
        return FieldRules.outOfList(field, parse(code)) ? "code.out-of-list" : "code." + field.name() + "." + code;
    }

    private static int parse(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
