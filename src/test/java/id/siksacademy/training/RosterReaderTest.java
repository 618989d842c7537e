package id.siksacademy.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.scenario.TestContent;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RosterReaderTest {

    private static final Kabupaten PATI = TestContent.get().kabupaten();
    private static final Set<String> EXISTING = Set.of("operator", "pelatih");

    private static RosterCheck read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RosterCheck read(byte[] bytes) {
        return RosterReader.read(bytes, PATI, (Collection<String> names) -> names.stream()
                .filter(EXISTING::contains).collect(Collectors.toSet()));
    }

    private static List<String> problems(RosterCheck check) {
        return check.allProblems().stream().map(p -> p.row() + ":" + p.column() + ":" + p.messageKey()).toList();
    }

    @Test
    void excel_semicolons_with_a_bom_and_crlf_read_clean() {
        var check = read("\uFEFFNama;Username;Kode Desa;Telepon/Email\r\n"
                + "Siti Aminah;Siti.Aminah;33.18.01.2001;0812-3456-7890\r\n"
                + "\"Bambang, S.Pd\";bambang;3318012002;bambang@contoh.id\r\n");
        assertThat(problems(check)).isEmpty();
        assertThat(check.clean()).isTrue();
        assertThat(check.rows()).extracting(RosterCheck.Row::row).containsExactly(2, 3);
        assertThat(check.rows().get(0).username()).isEqualTo("siti.aminah");
        assertThat(check.rows().get(0).contact()).isEqualTo("081234567890");
        assertThat(read("nama,username,kode desa,telepon/email\nKantor Desa,kantor,33.18.01.2001,0295-381234\n")
                .rows().getFirst().contact()).as("a village office's landline").isEqualTo("0295381234");
        assertThat(check.rows().get(1).fullName()).isEqualTo("Bambang, S.Pd");
        assertThat(check.rows().get(1).desaCode()).as("ten digits read as the dotted code").isEqualTo("33.18.01.2002");
    }

    @Test
    void every_problem_is_named_by_row_and_column() {
        var check = read("nama,username,kode desa,telepon/email\n"
                + ",tanpa.nama,33.18.01.2001,\n"                  // 2: name missing
                + "Dua Kali,sama,33.18.01.2001,\n"               // 3
                + "Dua Kali Lagi,sama,33.18.01.2001,\n"          // 4: same username as row 3
                + "Sudah Ada,operator,33.18.01.2001,\n"          // 5: taken in the database
                + "Desa Salah,desa.salah,33.18.10.1001,\n"       // 6: not a real Kemendagri code
                + "Telepon Salah,telp,33.18.01.2001,12345\n"     // 7: bad phone
                + "=cmd|' /C calc'!A0,formula,33.18.01.2001,\n"  // 8: formula as a name
                + "Username Salah,Bad Name!,33.18.01.2001,\n"    // 9
                + "Tanpa Desa,tanpa.desa,,\n");                  // 10
        assertThat(check.clean()).isFalse();
        assertThat(problems(check)).containsExactlyInAnyOrder(
                "2:NAMA:roster.error.name-missing",
                "4:USERNAME:roster.error.username-twice",
                "5:USERNAME:roster.error.username-taken",
                "6:KODE_DESA:roster.error.desa-unknown",
                "7:KONTAK:roster.error.contact-invalid",
                "8:NAMA:roster.error.name-invalid",
                "9:USERNAME:roster.error.username-invalid",
                "10:KODE_DESA:roster.error.desa-missing");
        assertThat(check.rows().stream().filter(r -> r.row() == 4).findFirst().orElseThrow().problems().getFirst().args())
                .containsExactly("3");
    }

    @Test
    void a_file_in_another_encoding_is_refused_naming_the_line() {
        byte[] latin1 = "nama,username,kode desa\nAndi,andi,33.18.01.2001\nJos\u00e9,jose,33.18.01.2001\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        var check = read(latin1);
        assertThat(problems(check)).containsExactly("0:null:roster.error.encoding");
        assertThat(check.fileProblems().getFirst().args()).containsExactly("3");
        assertThat(check.rows()).isEmpty();
    }

    @Test
    void hostile_and_empty_files_are_refused_with_a_reason() {
        assertThat(problems(read(new byte[0]))).containsExactly("0:null:roster.error.empty");
        assertThat(problems(read("\uFEFF  \r\n"))).containsExactly("0:null:roster.error.empty");
        assertThat(problems(read("nama,username,kode desa\r\n"))).containsExactly("0:null:roster.error.no-rows");
        assertThat(problems(read(new byte[10 * 1024 * 1024]))).containsExactly("0:null:roster.error.too-large");
        assertThat(problems(read("nama,user name,kode dsa\nA,b,c\n"))).containsExactlyInAnyOrder(
                "1:null:roster.error.unknown-column", "1:null:roster.error.unknown-column",
                "1:USERNAME:roster.error.missing-column", "1:KODE_DESA:roster.error.missing-column");
        assertThat(problems(read("nama,username,kode desa\n\"unclosed,x,33.18.01.2001\n")))
                .containsExactly("2:null:csv.error.UNCLOSED_QUOTE");
        for (var m : id.siksacademy.base.text.CsvTableTest.MALFORMED) {
            assertThat(problems(read(m.bytes()))).as(m.text()).containsExactly(m.row() + ":null:csv.error." + m.problem());
        }
        var tooMany = new StringBuilder("nama,username,kode desa\n");
        for (int i = 0; i <= RosterReader.MAX_ROWS; i++) {
            tooMany.append("Nama ").append(i).append(",op").append(i).append(",33.18.01.2001\n");
        }
        assertThat(problems(read(tooMany.toString()))).containsExactly("0:null:roster.error.too-many-rows");
    }

    @Test
    void a_four_hundred_row_roster_reads_clean() {
        var villages = PATI.villages().toList();
        var file = new StringBuilder("No;Nama;Username;Kode Desa;Telepon/Email\r\n");
        for (int i = 1; i <= 400; i++) {
            file.append(i).append(";Operator Desa ").append(i).append(";op.desa").append(i).append(';')
                    .append(villages.get(i % villages.size()).code()).append(";08").append(1_000_000_000L + i).append("\r\n");
        }
        var check = read(file.toString());
        assertThat(problems(check)).isEmpty();
        assertThat(check.rows()).hasSize(400);
        assertThat(check.rows().getLast().row()).isEqualTo(401);
    }
}
