package id.siksacademy.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** Messages with parameters go through MessageFormat, where a lone apostrophe swallows the rest. */
    @Test
    void messages_with_parameters_double_their_apostrophes() {
        for (String file : List.of("translations.properties", "translations_en.properties")) {
            var props = properties(file);
            for (String key : props.stringPropertyNames()) {
                String value = props.getProperty(key);
                if (value.matches("(?s).*\\{\\d.*")) {
                    assertThat(value.replace("''", "")).as(file + ": " + key).doesNotContain("'");
                }
            }
        }
    }

    /** Every domain enum constant, field and code a screen shows has its words in both languages; no stale ones. */
    @Test
    void every_enum_value_field_and_code_has_a_label_and_no_label_is_stale() {
        Set<String> indonesian = keys("translations.properties");
        var expected = new TreeSet<String>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(id.siksacademy.scenario.Sex.class,
                id.siksacademy.scenario.Relationship.class, id.siksacademy.scenario.MaritalStatus.class,
                id.siksacademy.scenario.Education.class, id.siksacademy.scenario.Occupation.class,
                id.siksacademy.scenario.Religion.class, id.siksacademy.scenario.HouseholdStatus.class,
                id.siksacademy.scenario.MemberStatus.class, id.siksacademy.scenario.Eligibility.class,
                id.siksacademy.scenario.Anomaly.Source.class, id.siksacademy.scenario.Anomaly.Verdict.class,
                id.siksacademy.scenario.Regime.class, id.siksacademy.sandbox.SandboxAction.MeetingKind.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                expected.add("enum." + type.getSimpleName() + "." + e.name());
            }
        }
        for (var f : id.siksacademy.scenario.Field.values()) {
            expected.add("field." + f.name());
            if (f.isHousing() && f != id.siksacademy.scenario.Field.FLOOR_AREA) {
                int[] range = id.siksacademy.sandbox.FieldRules.codeRange(f);
                for (int c = range[0]; c <= range[1]; c++) {
                    expected.add("code." + f.name() + "." + c);
                }
            }
        }
        for (var k : id.siksacademy.scenario.FieldNote.Kind.values()) {
            expected.add("sandbox.catatan.kind." + k.name());
        }
        for (var o : id.siksacademy.sandbox.PadanRow.Outcome.values()) {
            expected.add("sandbox.padan.row." + o.name());
        }
        for (var s : id.siksacademy.scenario.Anomaly.Source.values()) {
            expected.add("sandbox.anomali.detail." + s.name());
            for (var v : id.siksacademy.scenario.Anomaly.Verdict.values()) {
                for (int n = 1; n <= 2; n++) {
                    expected.add("fieldnote.reason." + s.name() + "." + v.name() + "." + n);
                }
            }
        }
        assertThat(difference(expected, indonesian)).as("labels missing").isEmpty();
        var stale = new TreeSet<String>();
        for (String key : indonesian) {
            boolean domain = key.startsWith("field.") || key.startsWith("sandbox.padan.row.")
                    || key.startsWith("fieldnote.reason.") || key.startsWith("sandbox.catatan.kind.")
                    || (key.startsWith("enum.") && !key.startsWith("enum.Workflow.") && !key.startsWith("enum.Role.")
                    && !key.startsWith("enum.Kind.") && !key.startsWith("enum.AuditAction."));
            if (domain && !expected.contains(key) && !key.equals("sandbox.padan.row.deceased")) {
                stale.add(key);
            }
        }
        assertThat(stale).as("labels of values that no longer exist").isEmpty();
    }

    private static Properties properties(String file) {
        var props = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
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
