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

/** Broken content is refused with the file, the line and the field. */
class ContentParsingTest {

    private static final Kabupaten PATI = TestContent.get().kabupaten();

    @Test
    void the_repository_content_is_valid_and_complete() {
        Content content = TestContent.get();
        assertThat(content.kabupaten().kecamatan()).hasSize(21);
        assertThat(content.kabupaten().villages().count()).isEqualTo(406);
        assertThat(content.kabupaten().villages().filter(v -> v.isKelurahan()).map(v -> v.kecamatanCode()))
                .hasSize(5).containsOnly("33.18.10");
        assertThat(content.faults()).hasSize(FaultType.values().length);
        assertThat(content.scenarios()).containsKeys("pati-bst-2020", "desa-latihan-120");
        assertThat(content.names().nicknames()).containsEntry("Hermawan", "Wawan");
    }

    @Test
    void a_spec_with_an_unknown_fault_names_file_line_and_field() {
        String yaml = """
                id: x
                region: "33.18.01"
                households: 50
                as_of: 2026-01-01
                faults:
                  nik_malformed: 2
                  nik_typo: 3
                """;
        assertThatThrownBy(() -> ScenarioSpecParser.parse("content/scenarios/x.yaml", yaml, PATI))
                .isInstanceOf(ContentException.class)
                .hasMessage("content/scenarios/x.yaml, line 7, field 'faults.nik_typo': "
                        + "unknown fault 'nik_typo' (see content/faults.yaml)");
    }

    @Test
    void a_spec_is_refused_for_a_region_outside_the_kabupaten_a_bad_date_and_too_many_faults() {
        assertThatThrownBy(() -> ScenarioSpecParser.parse("s.yaml", """
                region: "33.19.01"
                households: 50
                as_of: 2026-01-01
                faults: {}
                """, PATI)).hasMessageContaining("line 1, field 'region'").hasMessageContaining("33.19.01");
        assertThatThrownBy(() -> ScenarioSpecParser.parse("s.yaml", """
                region: "33.18.01"
                households: 50
                as_of: 2026-13-01
                faults: {}
                """, PATI)).hasMessageContaining("line 3, field 'as_of'");
        assertThatThrownBy(() -> ScenarioSpecParser.parse("s.yaml", """
                region: "33.18.01"
                households: 10
                as_of: 2026-01-01
                faults: { deceased: 60%, moved: 5 }
                """, PATI)).hasMessageContaining("field 'faults'").hasMessageContaining("plants 11 faults in 10");
        assertThatThrownBy(() -> ScenarioSpecParser.parse("s.yaml", """
                region: "33.18.01"
                as_of: 2026-01-01
                faults: {}
                """, PATI)).hasMessage("s.yaml, line 1, field 'households': is missing");
    }

    @Test
    void rates_become_counts() {
        var spec = ScenarioSpecParser.parse("s.yaml", """
                region: "33.18.01"
                households: 200
                as_of: 2026-01-01
                faults: { deceased: 5%, moved: 2.5% }
                """, PATI);
        assertThat(spec.faults()).containsEntry(FaultType.DECEASED, 10).containsEntry(FaultType.MOVED, 5);
    }

    @Test
    void invalid_yaml_names_the_line() {
        assertThatThrownBy(() -> ScenarioSpecParser.parse("s.yaml", "region: \"33.18.01\"\nhouseholds: [1, 2\n", PATI))
                .isInstanceOf(ContentException.class).hasMessageStartingWith("s.yaml, line ");
    }

    @Test
    void the_fault_catalogue_must_list_every_fault_once_with_a_valid_competency() {
        String one = """
                faults:
                  - id: nik_malformed
                    competency: K9
                    severity: 3
                    detectable_by: format
                    explanation: { id: a, en: b }
                    consequence: { id: a, en: b }
                    correct_action: { id: a, en: b }
                """;
        assertThatThrownBy(() -> FaultCatalogueParser.parse("content/faults.yaml", one))
                .hasMessage("content/faults.yaml, line 3, field 'faults[1].competency': must be one of K1..K8, was 'K9'");
        assertThatThrownBy(() -> FaultCatalogueParser.parse("content/faults.yaml", one.replace("K9", "K1")))
                .hasMessageContaining("missing the faults [nik_placeholder");
    }

    @Test
    void a_region_file_with_a_wrong_village_code_names_it() {
        assertThatThrownBy(() -> RegionParser.parse("content/regions/x.yaml", """
                province: { code: "33", name: Jawa Tengah }
                kabupaten: { code: "33.18", bps: "3318", name: Pati }
                kecamatan:
                  - code: "33.18.01"
                    name: Sukolilo
                    bps: "010"
                    villages:
                      - { code: "33.18.02.2001", name: Contoh, rw: 2, rt_per_rw: 3, dukuh: [Krajan] }
                """)).hasMessageStartingWith("content/regions/x.yaml, line 8, field 'kecamatan[1].villages[1].code'");
    }

    @Test
    void a_name_pool_line_with_digits_is_refused_with_its_line() {
        assertThatThrownBy(() -> NamePoolParser.names("content/names/laki-laki.txt", "# x\nAgus\nBud1\n"))
                .hasMessage("content/names/laki-laki.txt, line 3, field 'name': only letters, spaces and "
                        + "apostrophes, was 'Bud1'");
    }

    @Test
    void a_missing_file_is_named(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("regions"));
        Files.copy(Path.of("content/regions/pati.yaml"), dir.resolve("regions/pati.yaml"));
        assertThatThrownBy(() -> ContentLoader.at(dir).load("pati.yaml"))
                .hasMessageContaining("line 7, field 'official_list': the official list 'kemendagri-33.18-pati.csv'"
                        + " is not beside the region file");
        Files.copy(Path.of("content/regions/kemendagri-33.18-pati.csv"), dir.resolve("regions/kemendagri-33.18-pati.csv"));
        assertThatThrownBy(() -> ContentLoader.at(dir).load("pati.yaml"))
                .hasMessageContaining("regions/kemendagri-2025-kabupaten.csv: the file is missing");
        Files.copy(Path.of("content/regions/kemendagri-2025-kabupaten.csv"),
                dir.resolve("regions/kemendagri-2025-kabupaten.csv"));
        assertThatThrownBy(() -> ContentLoader.at(dir).load("pati.yaml"))
                .hasMessageContaining("names/laki-laki.txt: the file is missing");
    }
}
