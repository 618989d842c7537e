package id.siksacademy.scenario;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Assets as keyed from the paper form: one code per asset question, whose yes/no codes alternate
 * item by item ({@link Field#codedThreeFour()}). A code may be outside its list when mis-keyed.
 */
public record Assets(Map<Field, Integer> codes) {

    public Assets {
        var copy = new EnumMap<Field, Integer>(Field.class);
        for (Field f : Field.values()) {
            if (f.isAsset()) {
                Integer code = codes.get(f);
                if (code == null) {
                    throw new IllegalArgumentException("no code for " + f);
                }
                copy.put(f, code);
            }
        }
        codes = Collections.unmodifiableMap(copy);
    }

    /** Every question answered "no". */
    public static Assets none() {
        var codes = new EnumMap<Field, Integer>(Field.class);
        for (Field f : Field.values()) {
            if (f.isAsset()) {
                codes.put(f, f.noCode());
            }
        }
        return new Assets(codes);
    }

    /** Every question "not yet surveyed" (0): a proposal before its survey. */
    public static Assets notSurveyed() {
        var codes = new EnumMap<Field, Integer>(Field.class);
        for (Field f : Field.values()) {
            if (f.isAsset()) {
                codes.put(f, 0);
            }
        }
        return new Assets(codes);
    }

    public int get(Field field) {
        Integer code = codes.get(field);
        if (code == null) {
            throw new IllegalArgumentException(field + " is not an asset");
        }
        return code;
    }

    /** Whether the answer is "yes" (in the question's own code). */
    public boolean has(Field field) {
        return get(field) == field.yesCode();
    }

    public Assets with(Field field, int code) {
        var copy = new EnumMap<>(codes);
        copy.put(field, code);
        return new Assets(copy);
    }

    public Assets withYes(Field field, boolean yes) {
        return with(field, yes ? field.yesCode() : field.noCode());
    }
}
