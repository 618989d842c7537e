package id.siksacademy.base.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A table (header and rows of text or numbers) as CSV for Excel (UTF-8 with BOM, comma, CRLF) or as
 * XLSX. A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR at its start) is
 * written with a leading apostrophe, in both formats, so an exported name can never execute.
 */
public final class TableExport {

    private TableExport() {
    }

    public static byte[] csv(List<String> header, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             var printer = new CSVPrinter(writer, CSVFormat.EXCEL)) {
            writer.write('\uFEFF');
            printer.printRecord(header.stream().map(TableExport::neutral).toList());
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(c -> c instanceof Number ? c : neutral(String.valueOf(c == null ? "" : c)))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        try (var workbook = new SXSSFWorkbook(200)) {
            var sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            var head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                var cell = head.createCell(i);
                cell.setCellValue(neutral(header.get(i)));
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                var values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(neutral(String.valueOf(v)));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with an apostrophe before a leading formula character. */
    public static String neutral(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
