package id.siksacademy.content;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * An official code list as Kemendagri publishes it ({@code kode,nama}): what a region file's codes
 * and names are checked against.
 */
record OfficialRegions(String file, Map<String, String> names) {

    static OfficialRegions parse(String file, String text) {
        var names = new LinkedHashMap<String, String>();
        try (var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
            for (var record : parser) {
                if (!record.isMapped("kode") || !record.isMapped("nama")) {
                    throw new ContentException(file, 1, null, "expected the columns kode,nama");
                }
                names.put(record.get("kode").trim(), record.get("nama").trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OfficialRegions(file, Map.copyOf(names));
    }

    /** The official name of a code, if the list has it. */
    java.util.Optional<String> name(String code) {
        return java.util.Optional.ofNullable(names.get(code));
    }

    /** Codes of the list under a parent code (its kecamatan, or its villages). */
    java.util.List<String> children(String parent) {
        String pattern = java.util.regex.Pattern.quote(parent) + "\\.\\d+";
        return names.keySet().stream().filter(c -> c.matches(pattern)).sorted().toList();
    }

    static boolean sameName(String a, String b) {
        return a.replaceAll("\\s+", " ").trim().equalsIgnoreCase(b.replaceAll("\\s+", " ").trim());
    }
}
