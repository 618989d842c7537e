package id.siksacademy.monitoring;

import id.siksacademy.base.text.CsvTable;
import id.siksacademy.region.Kabupaten;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads monthly per-desa aggregates as the real system's reports give them, CSV (UTF-8, comma or
 * semicolon) or XLSX (the first sheet): kode desa, bulan (2026-10, 10/2026 or a date), jumlah data,
 * data valid. Checks each row and names each problem by row and column.
 */
final class QualityReader {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    static final String DESA = "kode desa";
    static final String MONTH = "bulan";
    static final String RECORDS = "jumlah data";
    static final String VALID = "data valid";
    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        for (String h : List.of("kode desa", "kode desa/kelurahan", "kode wilayah", "desa")) {
            HEADERS.put(h, DESA);
        }
        for (String h : List.of("bulan", "periode", "month")) {
            HEADERS.put(h, MONTH);
        }
        for (String h : List.of("jumlah data", "jumlah", "records", "jumlah record")) {
            HEADERS.put(h, RECORDS);
        }
        for (String h : List.of("data valid", "valid", "jumlah valid", "valid records")) {
            HEADERS.put(h, VALID);
        }
    }

    private QualityReader() {
    }

    static QualityCheck read(byte[] file, Kabupaten kabupaten) {
        if (file == null || file.length == 0) {
            return fileProblem("quality.error.empty");
        }
        if (file.length > MAX_BYTES) {
            return fileProblem("quality.error.too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        List<List<String>> table;
        try {
            table = file.length > 1 && file[0] == 'P' && file[1] == 'K' ? xlsx(file) : CsvTable.read(file);
        } catch (CharacterCodingException e) {
            return fileProblem("quality.error.encoding");
        } catch (CsvTable.Malformed e) {
            return new QualityCheck(List.of(), List.of(new QualityCheck.Problem(e.row(), null, e.messageKey(), List.of())));
        } catch (IOException | RuntimeException e) { // a broken workbook, say: what the library says helps nobody
            return fileProblem("quality.error.unreadable");
        }
        table.removeIf(r -> r.stream().allMatch(String::isBlank));
        if (table.isEmpty()) {
            return fileProblem("quality.error.empty");
        }
        var problems = new ArrayList<QualityCheck.Problem>();
        var columns = new HashMap<String, Integer>();
        var header = table.getFirst();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
            String column = HEADERS.get(name);
            if (column != null && columns.putIfAbsent(column, i) != null) {
                problems.add(new QualityCheck.Problem(1, column, "quality.error.duplicate-column", List.of(header.get(i))));
            }
        }
        for (String required : List.of(DESA, MONTH, RECORDS, VALID)) {
            if (!columns.containsKey(required)) {
                problems.add(new QualityCheck.Problem(1, required, "quality.error.missing-column", List.of()));
            }
        }
        if (!problems.isEmpty()) {
            return new QualityCheck(List.of(), problems);
        }
        if (table.size() == 1) {
            return fileProblem("quality.error.no-rows");
        }
        if (table.size() - 1 > MAX_ROWS) {
            return fileProblem("quality.error.too-many-rows", String.valueOf(MAX_ROWS));
        }
        var rows = new ArrayList<QualityCheck.Row>();
        var seen = new HashMap<String, Integer>();
        for (int r = 1; r < table.size(); r++) {
            int rowNumber = r + 1;
            var cells = table.get(r);
            String desaTyped = cell(cells, columns.get(DESA));
            var village = kabupaten.villageTyped(desaTyped);
            int before = problems.size();
            if (village.isEmpty()) {
                problems.add(problem(rowNumber, DESA, "quality.error.desa", desaTyped));
            }
            LocalDate month = month(cell(cells, columns.get(MONTH)));
            if (month == null) {
                problems.add(problem(rowNumber, MONTH, "quality.error.month", cell(cells, columns.get(MONTH))));
            }
            Integer records = count(cell(cells, columns.get(RECORDS)));
            Integer valid = count(cell(cells, columns.get(VALID)));
            if (records == null) {
                problems.add(problem(rowNumber, RECORDS, "quality.error.count", cell(cells, columns.get(RECORDS))));
            }
            if (valid == null) {
                problems.add(problem(rowNumber, VALID, "quality.error.count", cell(cells, columns.get(VALID))));
            } else if (records != null && valid > records) {
                problems.add(problem(rowNumber, VALID, "quality.error.more-valid", String.valueOf(valid), String.valueOf(records)));
            }
            if (village.isPresent() && month != null) {
                String key = village.get().code() + "|" + month;
                Integer first = seen.putIfAbsent(key, rowNumber);
                if (first != null) {
                    problems.add(problem(rowNumber, null, "quality.error.twice", String.valueOf(first)));
                }
            }
            if (problems.size() == before) {
                rows.add(new QualityCheck.Row(rowNumber, village.get().code(), month, records, valid));
            }
        }
        return new QualityCheck(rows, problems);
    }

    private static List<List<String>> xlsx(byte[] file) throws IOException {
        var table = new ArrayList<List<String>>();
        var format = new DataFormatter(Locale.ROOT);
        try (var book = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            var sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                var cells = new ArrayList<String>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        if (cell == null) {
                            cells.add("");
                        } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                            cells.add(YearMonth.from(cell.getLocalDateTimeCellValue()).toString());
                        } else {
                            cells.add(format.formatCellValue(cell).strip());
                        }
                    }
                }
                table.add(cells);
            }
        }
        return table;
    }

    /** 2026-10, 2026-10-01, 10/2026 or 10-2026: the first day of that month. */
    static LocalDate month(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("\\d{4}-\\d{1,2}")) {
                return YearMonth.parse(t.length() == 6 ? t.substring(0, 5) + "0" + t.substring(5) : t).atDay(1);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t).withDayOfMonth(1);
            }
            if (t.matches("\\d{1,2}[/-]\\d{4}")) {
                String[] p = t.split("[/-]");
                return YearMonth.of(Integer.parseInt(p[1]), Integer.parseInt(p[0])).atDay(1);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    /** A whole, non-negative number: 1234, 12.0 as a spreadsheet writes it, or 1.234 / 1,234 with thousands. */
    static Integer count(String text) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,9}(\\.0+)?")) {
            return Integer.valueOf(t.replaceAll("\\.0+$", ""));
        }
        if (t.matches("\\d{1,3}([.,]\\d{3}){1,2}")) { // 39.760 or 39,760: thousands, never a fraction of a record
            return Integer.valueOf(t.replaceAll("[.,]", ""));
        }
        return null;
    }

    private static String cell(List<String> cells, Integer index) {
        return index == null || index >= cells.size() ? "" : cells.get(index).strip();
    }

    private static QualityCheck.Problem problem(int row, String column, String key, String... args) {
        return new QualityCheck.Problem(row, column, key, List.of(args));
    }

    private static QualityCheck fileProblem(String key, String... args) {
        return new QualityCheck(List.of(), List.of(new QualityCheck.Problem(0, null, key, List.of(args))));
    }
}
