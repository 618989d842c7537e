package id.siksacademy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.TestContent;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A misspelt key, a rate in either form, and a fault mix that cannot be generated are caught when content loads. */
class StrictContentTest {

    private static final Kabupaten PATI = TestContent.get().kabupaten();

    static String exercise(String extra) {
        return """
                id: latihan-x
                mode: practice
                competencies: [K4]
                title: { id: "Latihan", en: "Exercise" }
                instructions: { id: "Kerjakan.", en: "Do it." }
                scenario:
                  region: "33.18.01"
                  households: 20
                  as_of: 2026-10-01
                  faults: { deceased: 2 }
                """ + extra;
    }

    @Test
    void a_misspelt_key_is_an_error_with_a_suggestion_not_a_silent_default() {
        assertThatThrownBy(() -> ExerciseParser.parse("content/exercises/latihan-x.yaml", exercise("""
                pass:
                  overall: 80
                  per_competence: { K4: 90 }
                """), PATI)).isInstanceOf(ContentException.class)
                .hasMessage("content/exercises/latihan-x.yaml, line 13, field 'pass.per_competence': "
                        + "unknown key 'per_competence' (did you mean 'per_competency'?)");
        assertThatThrownBy(() -> ExerciseParser.parse("content/exercises/latihan-x.yaml",
                exercise("prerequisite: [verval-desa-1]\n"), PATI))
                .hasMessageContaining("line 11, field 'prerequisite'")
                .hasMessageContaining("(did you mean 'prerequisites'?)");
        assertThatThrownBy(() -> ExerciseParser.parse("content/exercises/latihan-x.yaml",
                exercise("titles: { id: \"a\", en: \"b\" }\n"), PATI))
                .hasMessageContaining("unknown key 'titles' (did you mean 'title'?)");
        assertThatThrownBy(() -> ExerciseParser.parse("content/exercises/latihan-x.yaml",
                exercise("colour: green\n"), PATI))
                .hasMessageContaining("unknown key 'colour'; allowed: id, mode, competencies");
    }

    @Test
    void rates_are_read_as_percentages_and_as_fractions() {
        var a = ExerciseParser.parse("content/exercises/latihan-x.yaml", exercise("pass: { max_false_flag_rate: 5% }\n"),
                PATI);
        var b = ExerciseParser.parse("content/exercises/latihan-x.yaml", exercise("pass: { max_false_flag_rate: 0.05 }\n"),
                PATI);
        assertThat(a.pass().maxFalseFlagRate()).isEqualTo(0.05).isEqualTo(b.pass().maxFalseFlagRate());
        var spec = ScenarioSpecParser.parse("s.yaml", """
                region: "33.18.01"
                households: 200
                as_of: 2026-01-01
                faults: { deceased: 5%, moved: 0.025, not_found: 3 }
                """, PATI);
        assertThat(spec.faults()).containsEntry(FaultType.DECEASED, 10).containsEntry(FaultType.MOVED, 5)
                .containsEntry(FaultType.NOT_FOUND, 3);
        assertThatThrownBy(() -> ExerciseParser.parse("content/exercises/latihan-x.yaml",
                exercise("pass: { max_false_flag_rate: 5 }\n"), PATI)).hasMessageContaining("a rate must be between 0 and 1");
    }

    @Test
    void gates_default_by_mode_and_can_be_set() {
        var practice = ExerciseParser.parse("content/exercises/latihan-x.yaml", exercise(""), PATI);
        assertThat(practice.pass().overall()).isEqualTo(80);
        assertThat(practice.pass().gate("K4")).isEqualTo(75);
        var set = ExerciseParser.parse("content/exercises/latihan-x.yaml",
                exercise("pass: { competency_gate: 85, per_competency: { K4: 90 } }\n"), PATI);
        assertThat(set.pass().gate("K4")).isEqualTo(90);
        assertThat(set.pass().gate("K1")).isEqualTo(85);
    }

    @Test
    void an_exercise_whose_fault_mix_cannot_be_generated_stops_loading_with_file_line_and_reason(@TempDir Path dir)
            throws Exception {
        BrokenContentStartupTest.copy(Path.of("content"), dir);
        Path k6 = dir.resolve("exercises/terpandu-k6-kelayakan.yaml");
        // 14 heads cannot die leaving a spouse among 15 households: some live alone, some are widowed
        Files.writeString(k6, Files.readString(k6).replace("well_off: 2", "well_off: 1\n    head_deceased: 14"));
        assertThatThrownBy(() -> ContentLoader.at(dir).load("pati.yaml")).isInstanceOf(ContentException.class)
                .hasMessageContaining("exercises/terpandu-k6-kelayakan.yaml, line ")
                .hasMessageContaining("field 'scenario.faults': this fault mix cannot be generated")
                .hasMessageContaining("faults fit in 15 households");
    }

    @Test
    void the_critical_errors_of_the_catalogue_are_loaded() {
        var critical = TestContent.get().criticalErrors();
        assertThat(critical).extracting(CriticalError::id)
                .containsExactly("false_death", "false_ineligible", "household_removed");
        assertThat(critical.getFirst().matches(FaultType.DECEASED, true)).isTrue();
        assertThat(critical.getFirst().matches(FaultType.DECEASED, false)).isFalse();
    }
}
