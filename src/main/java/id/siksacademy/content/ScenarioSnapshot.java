package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.Kecamatan;
import id.siksacademy.region.Village;
import id.siksacademy.scenario.NamePools;
import id.siksacademy.scenario.Origins;
import id.siksacademy.scenario.ScenarioGenerator;
import id.siksacademy.scenario.ScenarioSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Everything generation reads, frozen as text when an attempt starts: the spec, the part of the
 * region it covers, and the name pools. A later edit of content/ then never changes an old attempt.
 */
public final class ScenarioSnapshot {

    /** The frozen inputs, ready to generate from. */
    public record Input(ScenarioSpec spec, Kabupaten kabupaten, NamePools names, Origins origins) {

        public ScenarioGenerator generator() {
            return new ScenarioGenerator(kabupaten, names, origins);
        }
    }

    /**
     * The birthplaces every attempt was generated with before snapshots kept their own (Pati's, for
     * any kabupaten): an old snapshot replays with them, byte for byte.
     */
    static final Origins BEFORE_ORIGINS = new Origins("PATI", List.of(new Origins.Origin("331901", "KUDUS"),
            new Origins.Origin("331702", "REMBANG"), new Origins.Origin("332003", "JEPARA"),
            new Origins.Origin("331604", "BLORA"), new Origins.Origin("352201", "BOJONEGORO"),
            new Origins.Origin("337401", "SEMARANG"), new Origins.Origin("317104", "JAKARTA"),
            new Origins.Origin("327502", "BEKASI")));

    private ScenarioSnapshot() {
    }

    public static String write(ScenarioSpec spec, Kabupaten kabupaten, NamePools names, Origins origins) {
        var root = new LinkedHashMap<String, Object>();
        var s = new LinkedHashMap<String, Object>();
        s.put("id", spec.id());
        s.put("region", spec.regionCode());
        s.put("all_villages", Boolean.toString(spec.allVillages()));
        s.put("households", spec.households());
        s.put("as_of", spec.asOf().toString());
        s.put("proposals", spec.proposals());
        s.put("regime", spec.regime().id);
        var faults = new LinkedHashMap<String, Object>();
        spec.faults().forEach((f, n) -> faults.put(f.id(), n));
        s.put("faults", faults);
        root.put("spec", s);
        root.put("region", region(kabupaten, spec.regionCode()));
        var n = new LinkedHashMap<String, Object>();
        n.put("male", names.male());
        n.put("female", names.female());
        n.put("male_old", names.maleOld());
        n.put("female_old", names.femaleOld());
        n.put("male_young", names.maleYoung());
        n.put("female_young", names.femaleYoung());
        n.put("nicknames", new java.util.TreeMap<>(names.nicknames()));
        root.put("names", n);
        var o = new LinkedHashMap<String, Object>();
        o.put("home", origins.home());
        o.put("elsewhere", origins.elsewhere().stream().map(e -> {
            var m = new LinkedHashMap<String, Object>();
            m.put("nik_prefix", e.nikPrefix());
            m.put("place", e.place());
            return m;
        }).toList());
        root.put("origins", o);
        var options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(root);
    }

    public static Input read(String text) {
        YamlNode root = YamlNode.parse("attempt snapshot", text);
        Kabupaten kabupaten = RegionParser.parse(root.get("region"));
        ScenarioSpec spec = ScenarioSpecParser.parse(root.get("spec"), kabupaten);
        YamlNode n = root.get("names");
        var nicknames = new LinkedHashMap<String, String>();
        n.get("nicknames").fields().forEach((k, v) -> nicknames.put(k, v.text()));
        var names = new NamePools(texts(n, "male"), texts(n, "female"), texts(n, "male_old"), texts(n, "female_old"),
                texts(n, "male_young"), texts(n, "female_young"), nicknames);
        Origins origins = root.optional("origins").map(ScenarioSnapshot::origins).orElse(BEFORE_ORIGINS);
        return new Input(spec, kabupaten, names, origins);
    }

    private static Origins origins(YamlNode o) {
        return new Origins(o.text("home"), o.list("elsewhere").stream()
                .map(e -> new Origins.Origin(e.text("nik_prefix"), e.text("place"))).toList());
    }

    private static List<String> texts(YamlNode node, String field) {
        return node.list(field).stream().map(YamlNode::text).toList();
    }

    /** The kecamatan the region code touches (all of them for the kabupaten itself). */
    private static Map<String, Object> region(Kabupaten k, String regionCode) {
        var root = new LinkedHashMap<String, Object>();
        root.put("province", Map.of("code", k.provinceCode(), "name", k.provinceName()));
        var kab = new LinkedHashMap<String, Object>();
        kab.put("code", k.code());
        kab.put("bps", k.bpsCode());
        kab.put("name", k.name());
        root.put("kabupaten", kab);
        List<Map<String, Object>> kecamatan = new ArrayList<>();
        for (Kecamatan kec : k.kecamatan()) {
            if (!regionCode.equals(k.code()) && !regionCode.startsWith(kec.code())) {
                continue;
            }
            var km = new LinkedHashMap<String, Object>();
            km.put("code", kec.code());
            km.put("name", kec.name());
            km.put("bps", kec.bpsCode().substring(k.bpsCode().length()));
            List<Map<String, Object>> villages = new ArrayList<>();
            for (Village v : kec.villages()) {
                var vm = new LinkedHashMap<String, Object>();
                vm.put("code", v.code());
                vm.put("name", v.name());
                vm.put("rw", v.rwCount());
                vm.put("rt_per_rw", v.rtPerRw());
                vm.put("dukuh", v.dukuh());
                villages.add(vm);
            }
            km.put("villages", villages);
            kecamatan.add(km);
        }
        root.put("kecamatan", kecamatan);
        return root;
    }
}
