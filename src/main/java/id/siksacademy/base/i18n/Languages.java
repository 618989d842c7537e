package id.siksacademy.base.i18n;

import java.util.List;
import java.util.Locale;

/** The languages the UI speaks; Bahasa Indonesia first and default. */
public final class Languages {

    public static final Locale INDONESIAN = Locale.of("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);

    private Languages() {
    }

    /** The supported language matching a tag such as "en" or "id"; Indonesian otherwise. */
    public static Locale fromTag(String tag) {
        if (tag == null) {
            return INDONESIAN;
        }
        return SUPPORTED.stream()
                .filter(l -> l.getLanguage().equalsIgnoreCase(tag.trim()))
                .findFirst()
                .orElse(INDONESIAN);
    }
}
