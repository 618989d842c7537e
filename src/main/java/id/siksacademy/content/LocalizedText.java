package id.siksacademy.content;

import java.util.Locale;

/** A text in Bahasa Indonesia and English. */
public record LocalizedText(String id, String en) {

    public String in(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : id;
    }

    static LocalizedText from(YamlNode node) {
        node.only("id", "en");
        return new LocalizedText(node.text("id"), node.text("en"));
    }
}
