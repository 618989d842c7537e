package id.siksacademy.account;

import java.util.Optional;
import java.util.regex.Pattern;

/** An operator's phone number (Indonesian mobile, 08..., +62... or 62...) or e-mail address. */
public final class Contact {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@]{1,64}@[^\\s@]{1,190}\\.[A-Za-z]{2,24}");
    private static final Pattern PHONE = Pattern.compile("(\\+?62|0)8\\d{7,11}");

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
        return PHONE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }
}
