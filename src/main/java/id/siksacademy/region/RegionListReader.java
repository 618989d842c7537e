package id.siksacademy.region;

import id.siksacademy.base.text.CsvTable;
import id.siksacademy.base.text.SafeText;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a Kemendagri code list as published (CSV {@code kode,nama}: 33, 33.20, 33.20.01,
 * 33.20.01.2001; comma or semicolon; UTF-8) for one kabupaten/kota and checks it: code structure,
 * kelurahan (1xxx) or desa (2xxx) serials, every code's parent present, no code twice, names
 * printable, every kecamatan with a village, and nothing already stored left out.
 */
final class RegionListReader {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 10_000;
    static final String CODE = "kode";
    static final String NAME = "nama";
    private static final Pattern CODE_PATTERN = Pattern.compile("\\d{2}(\\.\\d{2}(\\.\\d{2}(\\.\\d{4})?)?)?");
    private static final Pattern DIGITS = Pattern.compile("\\d{2}|\\d{4}|\\d{6}|\\d{10}");
    private static final Pattern KAB_PREFIX = Pattern.compile("(?i)^(kabupaten|kab\\.?|kota)\\s+");
    private static final int NAME_MAX = 100;

    private RegionListReader() {
    }

    private record Row(int row, String code, String name) {
    }

    /**
     * {@code builtIn}: kabupaten codes content/ ships (not importable); {@code stored}: the codes and
     * names already stored for a kabupaten code (empty when none).
     */
    static RegionListCheck read(byte[] file, Set<String> builtIn, Function<String, Map<String, String>> stored) {
        if (file == null || file.length == 0) {
            return fileProblem("region.error.empty");
        }
        if (file.length > MAX_BYTES) {
            return fileProblem("region.error.too-large", String.valueOf(MAX_BYTES / 1024 / 1024));
        }
        List<List<String>> table;
        try {
            table = CsvTable.read(file);
        } catch (CharacterCodingException e) {
            return fileProblem("region.error.encoding");
        } catch (CsvTable.Malformed e) {
            return new RegionListCheck(null, List.of(new RegionListCheck.Problem(e.row(), null, e.messageKey(), List.of())));
        } catch (IOException | RuntimeException e) {
            return fileProblem("region.error.unreadable");
        }
        var problems = new ArrayList<RegionListCheck.Problem>();
        var header = table.isEmpty() ? List.<String>of() : table.getFirst();
        int codeColumn = column(header, "kode", "kode wilayah", "kode_wilayah", "code");
        int nameColumn = column(header, "nama", "nama wilayah", "nama_wilayah", "name");
        if (codeColumn < 0 || nameColumn < 0) {
            return fileProblem("region.error.header");
        }
        if (table.size() - 1 > MAX_ROWS) {
            return fileProblem("region.error.too-many-rows", String.valueOf(MAX_ROWS));
        }
        var rows = new ArrayList<Row>();
        var firstRow = new HashMap<String, Integer>();
        for (int r = 1; r < table.size(); r++) {
            var cells = table.get(r);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int rowNumber = r + 1;
            String code = normalised(cell(cells, codeColumn));
            String name = cell(cells, nameColumn).replaceAll("\\s+", " ");
            int before = problems.size();
            if (!CODE_PATTERN.matcher(code).matches()) {
                problems.add(problem(rowNumber, CODE, "region.error.code", cell(cells, codeColumn)));
            } else if (code.length() == 13 && code.charAt(9) != '1' && code.charAt(9) != '2') {
                problems.add(problem(rowNumber, CODE, "region.error.serial", code));
            } else if (!Provinces.codes().contains(code.substring(0, 2))) {
                problems.add(problem(rowNumber, CODE, "region.error.province", code.substring(0, 2)));
            }
            if (name.isBlank()) {
                problems.add(problem(rowNumber, NAME, "region.error.name-empty"));
            } else if (name.length() > NAME_MAX) {
                problems.add(problem(rowNumber, NAME, "region.error.name-long", String.valueOf(NAME_MAX)));
            } else if (!printable(name)) {
                problems.add(problem(rowNumber, NAME, "region.error.name-chars", SafeText.visible(name)));
            }
            if (problems.size() == before) {
                Integer first = firstRow.putIfAbsent(code, rowNumber);
                if (first != null) {
                    problems.add(problem(rowNumber, CODE, "region.error.twice", code, String.valueOf(first)));
                } else {
                    rows.add(new Row(rowNumber, code, name));
                }
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            return fileProblem("region.error.no-rows");
        }
        var structure = structure(rows, builtIn, stored);
        if (problems.isEmpty()) {
            return structure;
        }
        problems.addAll(structure.problems()); // the rows that were right, checked as a whole too
        return new RegionListCheck(null, problems);
    }

    /** One kabupaten, its parents present, every kecamatan with a village, nothing stored left out. */
    private static RegionListCheck structure(List<Row> rows, Set<String> builtIn,
                                             Function<String, Map<String, String>> stored) {
        var problems = new ArrayList<RegionListCheck.Problem>();
        String kabupatenCode = rows.stream().filter(r -> r.code().length() >= 5).map(r -> r.code().substring(0, 5))
                .findFirst().orElse(null);
        if (kabupatenCode == null) {
            return fileProblem("region.error.no-kabupaten");
        }
        if (builtIn.contains(kabupatenCode)) {
            return fileProblem("region.error.built-in", kabupatenCode);
        }
        Row province = null;
        Row kabupaten = null;
        var kecamatan = new TreeMap<String, Row>();
        var villages = new TreeMap<String, Row>();
        for (Row r : rows) {
            String code = r.code();
            if (code.length() == 2) {
                if (!kabupatenCode.startsWith(code + ".")) {
                    problems.add(problem(r.row(), CODE, "region.error.other-kabupaten", code, kabupatenCode));
                } else {
                    province = r;
                }
            } else if (!code.startsWith(kabupatenCode)) {
                problems.add(problem(r.row(), CODE, "region.error.other-kabupaten", code, kabupatenCode));
            } else if (code.length() == 5) {
                kabupaten = r;
            } else if (code.length() == 8) {
                kecamatan.put(code, r);
            } else {
                villages.put(code, r);
            }
        }
        if (kabupaten == null) {
            problems.add(problem(0, CODE, "region.error.kabupaten-missing", kabupatenCode));
        }
        var villagesOf = new LinkedHashMap<String, List<Row>>();
        kecamatan.keySet().forEach(k -> villagesOf.put(k, new ArrayList<>()));
        for (Row v : villages.values()) {
            String parent = v.code().substring(0, 8);
            var list = villagesOf.get(parent);
            if (list == null) {
                problems.add(problem(v.row(), CODE, "region.error.parent", v.code(), parent));
            } else {
                list.add(v);
            }
        }
        villagesOf.forEach((k, list) -> {
            if (list.isEmpty()) {
                problems.add(problem(kecamatan.get(k).row(), CODE, "region.error.no-villages", k));
            }
        });
        var before = stored.apply(kabupatenCode);
        var present = new java.util.HashSet<String>();
        rows.forEach(r -> present.add(r.code()));
        before.entrySet().stream().filter(e -> !present.contains(e.getKey())).sorted(Map.Entry.comparingByKey()).limit(20)
                .forEach(e -> problems.add(problem(0, CODE, "region.error.dropped", e.getKey(), e.getValue())));
        if (!problems.isEmpty()) {
            return new RegionListCheck(null, problems);
        }
        String provinceCode = kabupatenCode.substring(0, 2);
        String provinceName = province != null ? province.name() : Provinces.name(provinceCode).orElseThrow();
        String bps = kabupatenCode.replace(".", "");
        var kecamatanList = new ArrayList<Kecamatan>();
        villagesOf.forEach((k, list) -> {
            String kecBps = ModelledVillages.kecamatanBps(bps, k);
            var vs = new ArrayList<Village>();
            for (int i = 0; i < list.size(); i++) {
                vs.add(ModelledVillages.village(provinceCode, kecBps, list.get(i).code(), list.get(i).name(), i + 1));
            }
            kecamatanList.add(new Kecamatan(k, kecamatan.get(k).name(), kecBps, vs));
        });
        String name = KAB_PREFIX.matcher(kabupaten.name()).replaceFirst("");
        return new RegionListCheck(new Kabupaten(provinceCode, provinceName, kabupatenCode, bps, name, "", kecamatanList),
                List.of());
    }

    /** 33.20.01.2001 as written, or its digits alone (3320012001) as a spreadsheet may keep them. */
    private static String normalised(String typed) {
        String t = typed.strip();
        if (!DIGITS.matcher(t).matches()) {
            return t;
        }
        var out = new StringBuilder(t.substring(0, 2));
        for (int i = 2; i < t.length() && i < 6; i += 2) {
            out.append('.').append(t, i, i + 2);
        }
        if (t.length() == 10) {
            out.append('.').append(t.substring(6));
        }
        return out.toString();
    }

    /** Letters, digits, spaces and the punctuation place names use; never a formula's first character. */
    private static boolean printable(String name) {
        if ("=+@-".indexOf(name.charAt(0)) >= 0) {
            return false;
        }
        return name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || " .,'()/-`\u2019&".indexOf(c) >= 0);
    }

    private static int column(List<String> header, String... names) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (List.of(names).contains(h)) {
                return i;
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int index) {
        return index >= cells.size() ? "" : cells.get(index).strip();
    }

    private static RegionListCheck.Problem problem(int row, String column, String key, String... args) {
        return new RegionListCheck.Problem(row, column, key, List.of(args));
    }

    private static RegionListCheck fileProblem(String key, String... args) {
        return new RegionListCheck(null, List.of(new RegionListCheck.Problem(0, null, key, List.of(args))));
    }
}
