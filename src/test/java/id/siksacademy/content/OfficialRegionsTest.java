package id.siksacademy.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.region.Kecamatan;
import id.siksacademy.region.Village;
import id.siksacademy.scenario.TestContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pati's codes are the official ones: Kemendagri for kecamatan and villages, BPS for the kecamatan part of DTKS IDs. */
class OfficialRegionsTest {

    @Test
    void every_village_of_pati_yaml_is_in_the_kemendagri_2025_list_with_its_name_and_none_is_missing() throws Exception {
        var official = OfficialRegions.parse("kemendagri", Files.readString(Path.of("content/regions/kemendagri-33.18-pati.csv")));
        var pati = TestContent.get().kabupaten();
        assertThat(pati.villages().count()).isEqualTo(406).isEqualTo(official.children("33.18").stream()
                .mapToLong(k -> official.children(k).size()).sum());
        pati.villages().forEach(v -> assertThat(official.name(v.code())).as(v.code()).contains(v.name()));
        assertThat(pati.villagesIn("33.18.10").stream().filter(Village::isKelurahan).map(Village::code))
                .containsExactly("33.18.10.1005", "33.18.10.1007", "33.18.10.1012", "33.18.10.1013", "33.18.10.1015");
        assertThat(pati.villages().map(Village::code)).doesNotContain("33.18.10.1001", "33.18.10.1002",
                "33.18.10.1003", "33.18.10.1004", "33.18.10.2005", "33.18.10.2007", "33.18.10.2012", "33.18.10.2013",
                "33.18.10.2015");
    }

    @Test
    void bps_numbers_the_last_six_kecamatan_in_its_own_order() throws Exception {
        Map<String, String> bps = Files.readAllLines(Path.of("content/regions/bps-3318-kecamatan.csv")).stream().skip(1)
                .map(l -> l.split(",")).collect(Collectors.toMap(a -> a[1].replace(" ", "").toUpperCase(), a -> a[0]));
        for (Kecamatan k : TestContent.get().kabupaten().kecamatan()) {
            assertThat(k.bpsCode()).as(k.name()).isEqualTo(bps.get(k.name().replace(" ", "").toUpperCase()));
        }
        var byName = TestContent.get().kabupaten().kecamatan().stream()
                .collect(Collectors.toMap(Kecamatan::name, Kecamatan::bpsCode));
        assertThat(byName).containsEntry("Trangkil", "3318160").containsEntry("Margoyoso", "3318170")
                .containsEntry("Gunungwungkal", "3318180").containsEntry("Cluwak", "3318190")
                .containsEntry("Tayu", "3318200").containsEntry("Dukuhseti", "3318210");
    }

    @Test
    void a_village_code_or_name_that_is_not_official_stops_loading(@TempDir Path dir) throws Exception {
        BrokenContentStartupTest.copy(Path.of("content"), dir);
        Path pati = dir.resolve("regions/pati.yaml");
        String text = Files.readString(pati);
        Files.writeString(pati, text.replace("33.18.10.1005", "33.18.10.1001"));
        assertThatThrownBy(() -> ContentLoader.at(dir).load("pati.yaml"))
                .hasMessageContaining("field 'kecamatan[10].villages[1].code': '33.18.10.1001' is not a code of the official list");
        Files.writeString(pati, text.replace("name: Prawoto", "name: Prawata"));
        assertThatThrownBy(() -> ContentLoader.at(dir).load("pati.yaml"))
                .hasMessageContaining("names 33.18.01.2001 'Prawoto', not 'Prawata'");
    }
}
