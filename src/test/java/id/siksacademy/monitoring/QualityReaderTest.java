package id.siksacademy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.scenario.TestContent;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class QualityReaderTest {

    private static QualityCheck read(String text) {
        return QualityReader.read(text.getBytes(StandardCharsets.UTF_8), TestContent.get().kabupaten());
    }

    @Test
    void months_and_counts_as_reports_write_them() {
        var check = read("\uFEFFKode Desa;Bulan;Jumlah Data;Data Valid\r\n33.18.01.2001;2026-09;1.250;980\r\n"
                + "3318012002;10/2026;40;30\r\n");
        assertThat(check.problems()).isEmpty();
        assertThat(check.rows()).extracting(QualityCheck.Row::desaCode, QualityCheck.Row::month, QualityCheck.Row::records)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("33.18.01.2001", LocalDate.of(2026, 9, 1), 1250),
                        org.assertj.core.groups.Tuple.tuple("33.18.01.2002", LocalDate.of(2026, 10, 1), 40));
    }

    @Test
    void every_problem_is_named_by_row_and_column() {
        var check = read("kode desa,bulan,jumlah data,data valid\n33.18.10.1001,2026-09,10,5\n33.18.01.2001,Sept,10,5\n"
                + "33.18.01.2001,2026-09,12.5,5\n33.18.01.2001,2026-10,10,11\n33.18.01.2002,2026-10,10,5\n"
                + "3318012002,2026-10,10,5\n");
        assertThat(check.clean()).isFalse();
        assertThat(check.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey()).containsExactly(
                "2:kode desa:quality.error.desa", "3:bulan:quality.error.month", "4:jumlah data:quality.error.count",
                "5:data valid:quality.error.more-valid", "7:null:quality.error.twice");
    }

    @Test
    void xlsx_with_date_cells_reads_like_csv_and_hostile_files_are_refused() throws Exception {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Laporan");
            var head = sheet.createRow(0);
            String[] names = {"kode desa", "bulan", "jumlah data", "data valid"};
            for (int i = 0; i < names.length; i++) {
                head.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("33.18.01.2003");
            var date = row.createCell(1);
            date.setCellValue(LocalDate.of(2026, 8, 1));
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            date.setCellStyle(style);
            row.createCell(2).setCellValue(300);
            row.createCell(3).setCellValue(226);
            book.write(out);
            var check = QualityReader.read(out.toByteArray(), TestContent.get().kabupaten());
            assertThat(check.problems()).isEmpty();
            assertThat(check.rows()).singleElement().satisfies(r -> {
                assertThat(r.month()).isEqualTo(LocalDate.of(2026, 8, 1));
                assertThat(r.valid()).isEqualTo(226);
            });
        }
        assertThat(QualityReader.read(new byte[0], TestContent.get().kabupaten()).problems())
                .extracting(QualityCheck.Problem::messageKey).containsExactly("quality.error.empty");
        assertThat(QualityReader.read(new byte[3 * 1024 * 1024], TestContent.get().kabupaten()).problems())
                .extracting(QualityCheck.Problem::messageKey).containsExactly("quality.error.too-large");
        assertThat(QualityReader.read("PKnot a zip".getBytes(StandardCharsets.ISO_8859_1), TestContent.get().kabupaten())
                .problems()).extracting(QualityCheck.Problem::messageKey).containsExactly("quality.error.unreadable");
        for (var m : id.siksacademy.base.text.CsvTableTest.MALFORMED) {
            assertThat(QualityReader.read(m.bytes(), TestContent.get().kabupaten()).problems()).as(m.text())
                    .extracting(p -> p.row() + "/" + p.messageKey()).containsExactly(m.row() + "/csv.error." + m.problem());
        }
        assertThat(read("kode desa,bulan\n33.18.01.2001,2026-09\n").problems())
                .extracting(QualityCheck.Problem::messageKey).containsOnly("quality.error.missing-column");
    }
}
