package id.siksacademy.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the name pools: one name per line, '#' comments; nicknames as Formal=Nick. */
final class NamePoolParser {

    private NamePoolParser() {
    }

    static List<String> names(String file, String text) {
        var names = new ArrayList<String>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!line.matches("[A-Za-z' ]+")) {
                throw new ContentException(file, i + 1, "name", "only letters, spaces and apostrophes, was '"
                        + line + "'");
            }
            names.add(line);
        }
        if (names.size() < 10) {
            throw new ContentException(file, 0, null, "needs at least 10 names, has " + names.size());
        }
        return names;
    }

    static Map<String, String> nicknames(String file, String text) {
        var map = new LinkedHashMap<String, String>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("=");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new ContentException(file, i + 1, "nickname", "expected Formal=Nick, was '" + line + "'");
            }
            if (parts[0].trim().equalsIgnoreCase(parts[1].trim())) {
                throw new ContentException(file, i + 1, "nickname", "a nickname must differ from the name");
            }
            map.put(parts[0].trim(), parts[1].trim());
        }
        return map;
    }
}
