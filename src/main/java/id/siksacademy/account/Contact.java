package id.siksacademy.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An operator's phone number or e-mail address. Phones are Indonesian: mobile (08..., +628...) or
 * fixed line as a village office has one, an area code of two or three digits after the 0 (021
 * Jakarta, 0295 Pati) and a subscriber number of five to eight: {@code 0295-381234},
 * {@code (021) 5551234}, {@code +62 295 381234}.
 */
public final class Contact {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,190}\\.[A-Za-z]{2,24}");
    private static final Pattern MOBILE = Pattern.compile("(\\+?62|0)8\\d{7,11}");
    private static final Pattern FIXED_LINE = Pattern.compile("(\\+?62|0)[2-79]\\d{6,10}");

    private Contact() {
    }

    /** The contact as stored (phone without spaces, dashes or dots), or empty when it is neither form. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String t = raw.strip();
        if (t.contains("@")) {
            return EMAIL.matcher(t).matches() && t.length() <= UserAccount.CONTACT_MAX ? Optional.of(t) : Optional.empty();
        }
        String digits = t.replaceAll("[\\s.()-]", "");
        return MOBILE.matcher(digits).matches() || FIXED_LINE.matcher(digits).matches() ? Optional.of(digits)
                : Optional.empty();
    }
}
