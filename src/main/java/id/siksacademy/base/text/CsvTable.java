package id.siksacademy.base.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * An uploaded CSV file as rows of trimmed cells: strict UTF-8 (with or without a byte-order mark),
 * comma or semicolon as the first line uses, Excel-style quoting, empty lines left out. A file the
 * CSV library cannot read fails with {@link Malformed}: the row it stopped at and what is wrong
 * there, for the reader to say in the user's language (never the library's own message).
 */
public final class CsvTable {

    /** What can be wrong in a CSV file's quoting, as a user would fix it. */
    public enum Problem {
        /** {@code "Desa A",B} or {@code Desa "A", B}: text follows a closing quote before the separator. */
        TEXT_AFTER_QUOTE,
        /** A quote opened and never closed: the rest of the file became one cell. */
        UNCLOSED_QUOTE,
        /** Anything else the library refuses. */
        UNREADABLE
    }

    /** The row (1 = the first line) at which reading stopped, and why. */
    public static final class Malformed extends IOException {
        private final int row;
        private final Problem problem;

        Malformed(int row, Problem problem, Throwable cause) {
            super("CSV row " + row + ": " + problem, cause);
            this.row = row;
            this.problem = problem;
        }

        public int row() {
            return row;
        }

        public Problem problem() {
            return problem;
        }

        /** The translation key readers show: {@code csv.error.TEXT_AFTER_QUOTE} and so on, {0} the row. */
        public String messageKey() {
            return "csv.error." + problem.name();
        }
    }

    private CsvTable() {
    }

    /** The rows; {@link CharacterCodingException} when the bytes are not UTF-8 (a file saved as ANSI). */
    public static List<List<String>> read(byte[] file) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, delimiter(text));
    }

    /** Semicolon when the first line has more of them than commas (Excel in an Indonesian locale), else comma. */
    public static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** Decoded text as rows; {@link Malformed} at the first row the library cannot read. */
    public static List<List<String>> parse(String text, char delimiter) throws Malformed {
        var table = new ArrayList<List<String>>();
        long lastLine = 0;
        try (var parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(true).setTrim(true).get())) {
            var records = parser.iterator();
            while (true) {
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    table.add(new ArrayList<>(records.next().toList()));
                    lastLine = parser.getCurrentLineNumber();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw malformed(lastLine, e.getCause() == null ? e : e.getCause());
                }
            }
        } catch (Malformed e) {
            throw e;
        } catch (IOException e) {
            throw malformed(lastLine, e);
        }
        return table;
    }

    private static Malformed malformed(long lastLine, Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        Problem problem = message.contains("between encapsulated token and delimiter") ? Problem.TEXT_AFTER_QUOTE
                : message.contains("EOF reached before encapsulated token finished") ? Problem.UNCLOSED_QUOTE
                : Problem.UNREADABLE;
        return new Malformed((int) lastLine + 1, problem, cause);
    }
}
