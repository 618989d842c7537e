package id.siksacademy.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails when a translation key is missing in either language, or used in code but defined nowhere. */
class TranslationsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile(
            "(?:getTranslation\\(\\s*|title\\s*=\\s*)\"([a-z][a-zA-Z0-9_.-]+)\"\\s*[,)]");

    @Test
    void indonesian_and_english_have_the_same_keys() {
        Set<String> id = keys("translations.properties");
        Set<String> en = keys("translations_en.properties");
        assertThat(difference(id, en)).as("keys missing in translations_en.properties").isEmpty();
        assertThat(difference(en, id)).as("keys missing in translations.properties").isEmpty();
    }

    @Test
    void every_literal_key_used_in_code_exists() throws IOException {
        Set<String> defined = keys("translations.properties");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!defined.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from translations.properties").isEmpty();
    }

    @Test
    void the_indonesian_locale_never_falls_back_to_english() {
        var bundle = java.util.ResourceBundle.getBundle("vaadin-i18n.translations", java.util.Locale.of("id"));
        assertThat(bundle.getString("layout.logout")).isEqualTo("Keluar");
    }

    static Set<String> keys(String file) {
        var props = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(props.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        var d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
