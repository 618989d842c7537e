package id.siksacademy.base.text;

import java.util.Locale;

/**
 * A share of a count as every report writes it: one decimal ({@code 6.3%}), and never a rounding that
 * hides what is there: a non-zero share below 0.05% reads {@code <0.1%}, an incomplete one above
 * 99.95% reads {@code >99.9%}. So 1 desa of 406 is {@code 0.2%}, not {@code 0%}.
 */
public final class Share {

    private Share() {
    }

    public static String percent(double share) {
        double p = share * 100;
        if (p > 0 && p < 0.05) {
            return "<0.1%";
        }
        if (p < 100 && p >= 99.95) {
            return ">99.9%";
        }
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** The share of {@code part} in {@code whole}, 0 for an empty whole. */
    public static String percent(long part, long whole) {
        return whole == 0 ? percent(0) : percent((double) part / whole);
    }
}
