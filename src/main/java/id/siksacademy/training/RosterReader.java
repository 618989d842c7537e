package id.siksacademy.training;

import id.siksacademy.account.Contact;
import id.siksacademy.account.NewUser;
import id.siksacademy.base.text.CsvTable;
import id.siksacademy.region.Kabupaten;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a roster CSV as Excel and LibreOffice write it: UTF-8 with or without BOM, comma or
 * semicolon, quoted cells, CRLF. Columns: nama, username, kode desa, telepon/email (optional; a
 * leading "no" column is allowed). Checks every row against the region list and the accounts that
 * exist, and names each problem by row and column.
 */
final class RosterReader {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 2000;

    private static final Map<String, RosterCheck.Column> HEADERS = new HashMap<>();

    static {
        for (String h : List.of("nama", "nama lengkap", "name", "full name")) {
            HEADERS.put(h, RosterCheck.Column.NAMA);
        }
        for (String h : List.of("username", "nama pengguna", "user")) {
            HEADERS.put(h, RosterCheck.Column.USERNAME);
        }
        for (String h : List.of("kode desa", "kode desa/kelurahan", "kode kelurahan", "desa", "kode wilayah",
                "village code")) {
            HEADERS.put(h, RosterCheck.Column.KODE_DESA);
        }
        for (String h : List.of("telepon/email", "telepon atau email", "telepon", "email", "e-mail", "hp", "no hp",
                "nomor hp", "kontak", "phone", "phone or email", "phone/email")) {
            HEADERS.put(h, RosterCheck.Column.KONTAK);
        }
    }

    private RosterReader() {
    }

    /**
     * @param taken which of the given usernames already have an account
     */
    static RosterCheck read(byte[] file, Kabupaten kabupaten, Function<Collection<String>, Set<String>> taken) {
        var fileProblems = new ArrayList<RosterCheck.Problem>();
        if (file == null || file.length == 0) {
            return fileProblem("roster.error.empty");
        }
        if (file.length > MAX_BYTES) {
            return fileProblem("roster.error.too-large", String.valueOf(MAX_BYTES / 1024));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return fileProblem("roster.error.encoding", String.valueOf(firstBadLine(file)));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return fileProblem("roster.error.empty");
        }
        List<List<String>> records;
        try {
            records = CsvTable.parse(text, CsvTable.delimiter(text));
        } catch (CsvTable.Malformed e) {
            return new RosterCheck(List.of(), List.of(new RosterCheck.Problem(e.row(), null, e.messageKey(), List.of())));
        }
        if (records.isEmpty()) {
            return fileProblem("roster.error.empty");
        }
        var header = records.getFirst();
        var columns = new EnumMap<RosterCheck.Column, Integer>(RosterCheck.Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
            var column = HEADERS.get(name);
            if (column == null) {
                if (!name.isEmpty() && !name.equals("no") && !name.equals("no.")) {
                    fileProblems.add(new RosterCheck.Problem(1, null, "roster.error.unknown-column", List.of(header.get(i))));
                }
            } else if (columns.putIfAbsent(column, i) != null) {
                fileProblems.add(new RosterCheck.Problem(1, column, "roster.error.duplicate-column", List.of(header.get(i))));
            }
        }
        for (var required : List.of(RosterCheck.Column.NAMA, RosterCheck.Column.USERNAME, RosterCheck.Column.KODE_DESA)) {
            if (!columns.containsKey(required)) {
                fileProblems.add(new RosterCheck.Problem(1, required, "roster.error.missing-column", List.of()));
            }
        }
        if (!fileProblems.isEmpty()) {
            return new RosterCheck(List.of(), fileProblems);
        }
        var data = records.subList(1, records.size());
        if (data.isEmpty()) {
            return fileProblem("roster.error.no-rows");
        }
        if (data.size() > MAX_ROWS) {
            return fileProblem("roster.error.too-many-rows", String.valueOf(MAX_ROWS));
        }
        return checkRows(data, columns, kabupaten, taken);
    }

    private static RosterCheck checkRows(List<List<String>> data, Map<RosterCheck.Column, Integer> columns,
                                         Kabupaten kabupaten, Function<Collection<String>, Set<String>> taken) {
        var usernames = data.stream().map(r -> cell(r, columns.get(RosterCheck.Column.USERNAME)).toLowerCase(Locale.ROOT))
                .filter(u -> !u.isEmpty()).distinct().toList();
        Set<String> existing = taken.apply(usernames);
        var firstRowOf = new HashMap<String, Integer>();
        var rows = new ArrayList<RosterCheck.Row>();
        for (int index = 0; index < data.size(); index++) {
            List<String> record = data.get(index);
            int row = index + 2; // the header is row 1, as a spreadsheet's row 1
            var problems = new ArrayList<RosterCheck.Problem>();
            String name = cell(record, columns.get(RosterCheck.Column.NAMA));
            String username = cell(record, columns.get(RosterCheck.Column.USERNAME)).toLowerCase(Locale.ROOT);
            String desaTyped = cell(record, columns.get(RosterCheck.Column.KODE_DESA));
            Integer contactColumn = columns.get(RosterCheck.Column.KONTAK);
            String contactTyped = contactColumn == null ? "" : cell(record, contactColumn);

            if (name.isEmpty()) {
                problems.add(problem(row, RosterCheck.Column.NAMA, "roster.error.name-missing"));
            } else if (name.length() > NewUser.FULL_NAME_MAX) {
                problems.add(problem(row, RosterCheck.Column.NAMA, "roster.error.name-too-long",
                        String.valueOf(NewUser.FULL_NAME_MAX)));
            } else if (!plausibleName(name)) {
                problems.add(problem(row, RosterCheck.Column.NAMA, "roster.error.name-invalid"));
            }
            if (username.isEmpty()) {
                problems.add(problem(row, RosterCheck.Column.USERNAME, "roster.error.username-missing"));
            } else if (!username.matches(NewUser.USERNAME_PATTERN) || username.length() < 3
                    || username.length() > NewUser.USERNAME_MAX) {
                problems.add(problem(row, RosterCheck.Column.USERNAME, "roster.error.username-invalid"));
            } else if (firstRowOf.containsKey(username)) {
                problems.add(problem(row, RosterCheck.Column.USERNAME, "roster.error.username-twice",
                        String.valueOf(firstRowOf.get(username))));
            } else if (existing.contains(username)) {
                problems.add(problem(row, RosterCheck.Column.USERNAME, "roster.error.username-taken", username));
            }
            firstRowOf.putIfAbsent(username, row);
            String desa = null;
            if (desaTyped.isEmpty()) {
                problems.add(problem(row, RosterCheck.Column.KODE_DESA, "roster.error.desa-missing"));
            } else {
                var village = kabupaten.villageTyped(desaTyped);
                if (village.isEmpty()) {
                    problems.add(problem(row, RosterCheck.Column.KODE_DESA, "roster.error.desa-unknown",
                            clip(desaTyped), kabupaten.name()));
                } else {
                    desa = village.get().code();
                }
            }
            String contact = null;
            if (!contactTyped.isEmpty()) {
                var normal = Contact.normalise(contactTyped);
                if (normal.isEmpty()) {
                    problems.add(problem(row, RosterCheck.Column.KONTAK, "roster.error.contact-invalid", clip(contactTyped)));
                } else {
                    contact = normal.get();
                }
            }
            rows.add(new RosterCheck.Row(row, name, username, desa, contact, problems));
        }
        return new RosterCheck(rows, List.of());
    }

    /** Letters somewhere, no control characters, and nothing a spreadsheet would run as a formula. */
    static boolean plausibleName(String name) {
        return name.codePoints().anyMatch(Character::isLetter)
                && name.codePoints().noneMatch(c -> Character.isISOControl(c) || c == '|' || c == '<' || c == '>')
                && "=+-@".indexOf(name.charAt(0)) < 0;
    }

    private static String cell(List<String> record, Integer index) {
        return index == null || index >= record.size() ? "" : record.get(index).strip();
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static RosterCheck.Problem problem(int row, RosterCheck.Column column, String key, String... args) {
        return new RosterCheck.Problem(row, column, key, List.of(args));
    }

    private static RosterCheck fileProblem(String key, String... args) {
        return new RosterCheck(List.of(), List.of(new RosterCheck.Problem(0, null, key, List.of(args))));
    }

    /** The line (1-based) of the first byte sequence that is not UTF-8. */
    static int firstBadLine(byte[] file) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        int start = 0;
        for (int i = 0; i <= file.length; i++) {
            if (i == file.length || file[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(file, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 1;
    }
}
