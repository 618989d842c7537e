package id.siksacademy.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The official list as published, and every way a file can be wrong, each named by row and column. */
class RegionListReaderTest {

    static final Set<String> BUILT_IN = Set.of("33.18");

    static byte[] jepara() {
        try (InputStream in = RegionListReaderTest.class.getResourceAsStream("/regions/kemendagri-33.20-jepara.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static RegionListCheck read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    static RegionListCheck read(byte[] file) {
        return RegionListReader.read(file, BUILT_IN, code -> Map.of());
    }

    /** Problems as "row/column/key" for compact assertions. */
    static List<String> problems(RegionListCheck check) {
        return check.problems().stream().map(p -> p.row() + "/" + p.column() + "/" + p.messageKey()).toList();
    }

    @Test
    void jeparas_official_list_sets_up_16_kecamatan_184_desa_and_11_kelurahan() {
        var check = read(jepara());
        assertThat(check.problems()).isEmpty();
        var k = check.kabupaten();
        assertThat(k.code()).isEqualTo("33.20");
        assertThat(k.name()).isEqualTo("Jepara");
        assertThat(k.title()).isEqualTo("Kabupaten Jepara");
        assertThat(k.provinceName()).isEqualTo("Jawa Tengah");
        assertThat(k.kecamatan()).hasSize(16);
        assertThat(check.desaCount()).isEqualTo(184);
        assertThat(check.kelurahanCount()).isEqualTo(11);
        var karimunjawa = k.kecamatan("33.20.10").orElseThrow();
        assertThat(karimunjawa.name()).isEqualTo("Karimunjawa");
        assertThat(karimunjawa.bpsCode()).isEqualTo("3320100");
        assertThat(karimunjawa.villages()).extracting(Village::name).containsExactly("Karimunjawa", "Kemujan", "Parang", "Nyamuk");
        var nyamuk = k.village("33.20.10.2004").orElseThrow();
        assertThat(nyamuk.bpsCode()).isEqualTo("3320100004");
        assertThat(nyamuk.rwCount()).isBetween(2, 9);
        assertThat(nyamuk.rtPerRw()).isBetween(3, 7);
        assertThat(nyamuk.dukuh()).hasSizeBetween(2, 5).doesNotHaveDuplicates().contains("Krajan");
        assertThat(k.village("33.20.06.1001").orElseThrow().isKelurahan()).isTrue();
    }

    @Test
    void modelled_fields_follow_the_code_alone_and_a_stored_list_reads_back_the_same() {
        var first = read(jepara()).kabupaten();
        assertThat(read(jepara()).kabupaten()).isEqualTo(first);
        var row = new ImportedKabupaten(first.code());
        row.update(first, "x.csv", java.time.Instant.EPOCH, "dinsos");
        var areas = new java.util.ArrayList<ImportedArea>();
        first.kecamatan().forEach(k -> {
            areas.add(new ImportedArea(k.code(), first.code(), k.name()));
            k.villages().forEach(v -> areas.add(new ImportedArea(v.code(), first.code(), v.name())));
        });
        areas.sort(java.util.Comparator.comparing(ImportedArea::getCode));
        assertThat(Regions.build(row, areas)).isEqualTo(first);
    }

    @Test
    void outside_java_the_dukuh_are_numbered_dusun_and_a_kota_is_called_so() {
        var check = read("kode,nama\n74,SULAWESI TENGGARA\n74.71,Kota Kendari\n74.71.01,Mandonga\n74.71.01.1001,Mandonga\n");
        assertThat(check.problems()).isEmpty();
        var k = check.kabupaten();
        assertThat(k.name()).isEqualTo("Kendari");
        assertThat(k.title()).isEqualTo("Kota Kendari");
        assertThat(k.provinceName()).isEqualTo("SULAWESI TENGGARA");
        assertThat(k.villages().findFirst().orElseThrow().dukuh()).allMatch(d -> d.startsWith("Dusun "));
    }

    @Test
    void a_spreadsheets_semicolons_byte_order_mark_and_undotted_codes_are_read() {
        String csv = "\uFEFFKode;Nama\r\n3320;Kabupaten Jepara\r\n332010;Karimunjawa\r\n3320102001;Karimunjawa\r\n";
        var check = read(csv);
        assertThat(check.problems()).isEmpty();
        assertThat(check.kabupaten().village("33.20.10.2001")).isPresent();
    }

    @Test
    void every_row_problem_is_named_by_row_and_column() {
        String csv = """
                kode,nama
                33.20,Kabupaten Jepara
                33.20.1,Kedung
                33.20.01,Kedung
                33.20.01.3001,Kedungmalang
                99.01.01.2001,Nowhere
                33.20.01.2002,
                33.20.01.2003,=HYPERLINK("http://x")
                33.20.01.2004,Karang\u202Eaji
                33.20.01.2005,Sowan Lor
                33.20.01.2005,Sowan Lor
                """;
        var check = read(csv);
        assertThat(check.kabupaten()).isNull();
        assertThat(problems(check)).containsExactly(
                "3/kode/region.error.code", "5/kode/region.error.serial", "6/kode/region.error.province",
                "7/nama/region.error.name-empty", "8/nama/region.error.name-chars", "9/nama/region.error.name-chars",
                "11/kode/region.error.twice");
        assertThat(check.problems().get(6).args()).containsExactly("33.20.01.2005", "10");
        assertThat(check.problems().get(5).args().getFirst()).contains("[U+202E]");
    }

    @Test
    void parents_must_be_present_and_every_kecamatan_needs_a_village() {
        String csv = """
                kode,nama
                33.20.01,Kedung
                33.20.02,Pecangaan
                33.20.01.2001,Kedungmalang
                33.20.03.2001,Ujung Pandan
                """;
        assertThat(problems(read(csv))).containsExactly("0/kode/region.error.kabupaten-missing",
                "5/kode/region.error.parent", "3/kode/region.error.no-villages");
    }

    @Test
    void row_problems_and_structure_problems_are_shown_together() {
        String csv = "kode,nama\n33.20,Kabupaten Jepara\n33.20.01,Kedung\n33.20.01.2001,Kedungmalang\n"
                + "33.20.01.2001,Kedungmalang\n33.20.17.2001,Desa Tanpa Kecamatan\n";
        assertThat(problems(read(csv))).containsExactly("5/kode/region.error.twice", "6/kode/region.error.parent");
    }

    @Test
    void one_file_holds_one_kabupaten_and_a_built_in_one_is_not_imported_over() {
        String two = "kode,nama\n33.20,Kabupaten Jepara\n33.20.01,Kedung\n33.20.01.2001,Kedungmalang\n"
                + "33.19,Kabupaten Kudus\n35,Jawa Timur\n";
        assertThat(problems(read(two))).containsExactly("5/kode/region.error.other-kabupaten",
                "6/kode/region.error.other-kabupaten");
        var pati = read("kode,nama\n33.18,Kabupaten Pati\n33.18.01,Sukolilo\n33.18.01.2001,Prawoto\n");
        assertThat(problems(pati)).containsExactly("0/null/region.error.built-in");
    }

    @Test
    void a_later_list_may_add_and_rename_but_not_leave_out_a_stored_code() {
        var stored = Map.of("33.20", "Jepara", "33.20.01", "Kedung", "33.20.01.2001", "Kedungmalang",
                "33.20.01.2099", "Desa Lama");
        var check = RegionListReader.read(jepara(), BUILT_IN, code -> code.equals("33.20") ? stored : Map.of());
        assertThat(problems(check)).containsExactly("0/kode/region.error.dropped");
        assertThat(check.problems().getFirst().args()).containsExactly("33.20.01.2099", "Desa Lama");
    }

    @Test
    void hostile_and_empty_files_are_refused_as_a_whole() {
        assertThat(problems(read(new byte[0]))).containsExactly("0/null/region.error.empty");
        assertThat(problems(read("kode,nama\n"))).containsExactly("0/null/region.error.no-rows");
        assertThat(problems(read("33.20,Kabupaten Jepara\n33.20.01,Kedung\n"))).containsExactly("0/null/region.error.header");
        byte[] ansi = "kode,nama\n33.20,Kabupaten Jepara\n33.20.01,Kedung\n33.20.01.2001,Kedungmal\u00e1ng\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problems(read(ansi))).containsExactly("0/null/region.error.encoding");
        assertThat(problems(read(new byte[RegionListReader.MAX_BYTES + 1]))).containsExactly("0/null/region.error.too-large");
        var many = new StringBuilder("kode,nama\n");
        for (int i = 0; i <= RegionListReader.MAX_ROWS; i++) {
            many.append("33.20.01.2001,X\n");
        }
        assertThat(problems(read(many.toString()))).containsExactly("0/null/region.error.too-many-rows");
        assertThat(problems(read("kode,nama\n\"33.20,Kabupaten\n"))).containsExactly("2/null/csv.error.UNCLOSED_QUOTE");
        for (var m : id.siksacademy.base.text.CsvTableTest.MALFORMED) {
            assertThat(problems(read(m.bytes()))).as(m.text()).containsExactly(m.row() + "/null/csv.error." + m.problem());
        }
        byte[] binary = new byte[4096];
        new java.util.Random(7).nextBytes(binary);
        assertThat(read(binary).clean()).isFalse();
    }
}
