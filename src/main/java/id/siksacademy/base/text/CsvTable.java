package id.siksacademy.base.text;

import java.io.IOException;
import java.io.StringReader;
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
 * comma or semicolon as the first line uses, Excel-style quoting.
 */
public final class CsvTable {

    private CsvTable() {
    }

    /** The rows; {@link CharacterCodingException} when the bytes are not UTF-8 (a file saved as ANSI). */
    public static List<List<String>> read(byte[] file) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        char delimiter = first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
        var table = new ArrayList<List<String>>();
        try (var parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setTrim(true).get())) {
            parser.forEach(record -> table.add(new ArrayList<>(record.toList())));
        }
        return table;
    }
}
