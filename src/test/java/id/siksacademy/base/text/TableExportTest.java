package id.siksacademy.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private static final List<String> HEADER = List.of("Nama", "Nilai");
    private static final List<List<Object>> ROWS = List.of(
            List.of("=cmd|' /C calc'!A0", 81.5), List.of("+62 812", 0), List.of("@SUM(A1)", -3), List.of("Siti, S.Pd", 100));

    @Test
    void csv_opens_in_excel_and_no_cell_can_run_as_a_formula() {
        String csv = new String(TableExport.csv(HEADER, ROWS), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNama,Nilai\r\n");
        assertThat(csv).contains("'=cmd|' /C calc'!A0,81.5", "'+62 812,0", "'@SUM(A1),-3", "\"Siti, S.Pd\",100");
    }

    @Test
    void xlsx_holds_text_as_text_and_numbers_as_numbers() throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx("Kemajuan", HEADER, ROWS)))) {
            var sheet = book.getSheet("Kemajuan");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nama");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(81.5);
            assertThat(sheet.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(-3);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }
}
