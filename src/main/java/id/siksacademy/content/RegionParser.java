package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.Kecamatan;
import id.siksacademy.region.Village;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.regex.Pattern;

/** Reads content/regions/*.yaml into a {@link Kabupaten}, checking every code. */
final class RegionParser {

    private static final Pattern KABUPATEN = Pattern.compile("\\d\\d\\.\\d\\d");
    private static final Pattern BPS3 = Pattern.compile("\\d{3}");

    private RegionParser() {
    }

    static Kabupaten parse(String file, String text) {
        return parse(YamlNode.parse(file, text));
    }

    /**
     * A region file that names its {@code official_list}: every kecamatan and village must carry an
     * official code with its official name, and none of the list may be missing.
     */
    static Kabupaten parse(String file, String text, java.util.function.Function<String, String> readSibling) {
        YamlNode root = YamlNode.parse(file, text);
        Kabupaten kabupaten = parse(root);
        root.optional("official_list").ifPresent(list -> {
            String name = list.text();
            String csv;
            try {
                csv = readSibling.apply(name);
            } catch (ContentException missing) {
                throw list.error("the official list '" + name + "' is not beside the region file");
            }
            check(root, kabupaten, OfficialRegions.parse(name, csv));
        });
        return kabupaten;
    }

    private static void check(YamlNode root, Kabupaten kabupaten, OfficialRegions official) {
        var kecamatanNodes = root.list("kecamatan");
        for (int k = 0; k < kecamatanNodes.size(); k++) {
            YamlNode kn = kecamatanNodes.get(k);
            var kecamatan = kabupaten.kecamatan().get(k);
            matches(kn, kecamatan.code(), kecamatan.name(), official);
            var villageNodes = kn.list("villages");
            for (int v = 0; v < villageNodes.size(); v++) {
                var village = kecamatan.villages().get(v);
                matches(villageNodes.get(v), village.code(), village.name(), official);
            }
            var listed = kecamatan.villages().stream().map(Village::code).collect(java.util.stream.Collectors.toSet());
            for (String code : official.children(kecamatan.code())) {
                if (!listed.contains(code)) {
                    throw kn.get("villages").error("the official list has " + code + " " + official.name(code).orElse("")
                            + ", which this kecamatan does not list");
                }
            }
        }
        var listed = kabupaten.kecamatan().stream().map(Kecamatan::code).collect(java.util.stream.Collectors.toSet());
        for (String code : official.children(kabupaten.code())) {
            if (!listed.contains(code)) {
                throw root.get("kecamatan").error("the official list has kecamatan " + code + " "
                        + official.name(code).orElse("") + ", which this file does not list");
            }
        }
    }

    private static void matches(YamlNode node, String code, String name, OfficialRegions official) {
        String officialName = official.name(code).orElseThrow(() -> node.get("code").error("'" + code
                + "' is not a code of the official list " + official.file()));
        if (!OfficialRegions.sameName(officialName, name)) {
            throw node.get("name").error("the official list " + official.file() + " names " + code + " '"
                    + officialName + "', not '" + name + "'");
        }
    }

    static Kabupaten parse(YamlNode root) {
        root.only("province", "kabupaten", "kecamatan", "official_list", "born_elsewhere");
        YamlNode province = root.get("province").only("code", "name");
        YamlNode kab = root.get("kabupaten").only("code", "bps", "name", "postal_prefix");
        String code = kab.text("code");
        if (!KABUPATEN.matcher(code).matches()) {
            throw kab.get("code").error("must look like 33.18, was '" + code + "'");
        }
        if (!code.startsWith(province.text("code") + ".")) {
            throw kab.get("code").error("does not belong to province " + province.text("code"));
        }
        String bps = kab.text("bps");
        var kecamatan = new ArrayList<Kecamatan>();
        var seen = new HashSet<String>();
        for (YamlNode k : root.list("kecamatan")) {
            k.only("code", "name", "bps", "villages");
            String kecCode = k.text("code");
            if (!kecCode.matches(Pattern.quote(code) + "\\.\\d\\d")) {
                throw k.get("code").error("must be a kecamatan of " + code + " like " + code + ".01, was '"
                        + kecCode + "'");
            }
            String kecBps = k.text("bps");
            if (!BPS3.matcher(kecBps).matches()) {
                throw k.get("bps").error("must be three digits, was '" + kecBps + "'");
            }
            var villages = new ArrayList<Village>();
            int seq = 0;
            for (YamlNode v : k.list("villages")) {
                v.only("code", "name", "rw", "rt_per_rw", "dukuh");
                seq++;
                String vCode = v.text("code");
                if (!vCode.matches(Pattern.quote(kecCode) + "\\.[12]\\d{3}")) {
                    throw v.get("code").error("must be a village of " + kecCode + " like " + kecCode
                            + ".2001 (desa) or .1001 (kelurahan), was '" + vCode + "'");
                }
                if (!seen.add(vCode)) {
                    throw v.get("code").error("village code " + vCode + " appears twice");
                }
                var dukuh = v.list("dukuh").stream().map(YamlNode::text).toList();
                if (dukuh.isEmpty()) {
                    throw v.get("dukuh").error("needs at least one dukuh");
                }
                villages.add(new Village(vCode, v.text("name"), bps + kecBps + String.format(java.util.Locale.ROOT, "%03d", seq),
                        v.integer("rw", 1, 30), v.integer("rt_per_rw", 1, 30), dukuh));
            }
            if (villages.isEmpty()) {
                throw k.get("villages").error("needs at least one village");
            }
            kecamatan.add(new Kecamatan(kecCode, k.text("name"), bps + kecBps, villages));
        }
        return new Kabupaten(province.text("code"), province.text("name"), code, bps, kab.text("name"),
                kab.optional("postal_prefix").map(YamlNode::text).orElse(""), kecamatan);
    }
}
