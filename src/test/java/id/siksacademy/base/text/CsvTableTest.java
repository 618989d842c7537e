package id.siksacademy.base.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way the CSV library refuses a file becomes a row and a kind, never the library's message. */
public class CsvTableTest {

    /**
     * One file per way commons-csv fails on our format (quote {@code "}, no escape character, no header
     * parsing): text after a closing quote (a name with a comma, quoted badly), and an unclosed quote,
     * at the first row, in the middle, on the last row and with semicolons; the row each fails at.
     */
    public static final List<Malformed> MALFORMED = List.of(
            new Malformed("kode,nama\n33.20,Kabupaten Jepara\n33.20.01,\"Kedung\" Barat,x\n", 3,
                    CsvTable.Problem.TEXT_AFTER_QUOTE),
            new Malformed("\"kode\"x,nama\n33.20,Jepara\n", 1, CsvTable.Problem.TEXT_AFTER_QUOTE),
            new Malformed("kode;nama\n33.20;Jepara\n33.20.01;\"Bangsri\"\"\" Kota\n", 3,
                    CsvTable.Problem.TEXT_AFTER_QUOTE),
            new Malformed("kode,nama\n33.20,Jepara\n33.20.01,\"Bangsri\n33.20.02,Kembang\n", 3,
                    CsvTable.Problem.UNCLOSED_QUOTE),
            new Malformed("kode,nama\n\n33.20,Jepara\n33.20.01,Bangsri\n33.20.02,\"Kembang", 5,
                    CsvTable.Problem.UNCLOSED_QUOTE));

    public record Malformed(String text, int row, CsvTable.Problem problem) {
        public byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void each_malformed_file_names_its_row_and_kind() {
        for (Malformed m : MALFORMED) {
            assertThatThrownBy(() -> CsvTable.read(m.bytes())).as(m.text())
                    .isInstanceOfSatisfying(CsvTable.Malformed.class, e -> {
                        assertThat(e.row()).as(m.text()).isEqualTo(m.row());
                        assertThat(e.problem()).as(m.text()).isEqualTo(m.problem());
                        assertThat(e.messageKey()).isEqualTo("csv.error." + m.problem().name());
                    });
        }
    }

    @Test
    void a_name_quoted_whole_is_one_cell() throws Exception {
        assertThat(CsvTable.read("kode,nama\n33.20.01,\"Desa Suka, Maju\"\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(List.of("kode", "nama"), List.of("33.20.01", "Desa Suka, Maju"));
        assertThat(CsvTable.read("\uFEFFkode;nama\n\n33.20;Jepara\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(List.of("kode", "nama"), List.of("33.20", "Jepara"));
    }
}
