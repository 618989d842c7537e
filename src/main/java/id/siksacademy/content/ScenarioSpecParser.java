package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Regime;
import id.siksacademy.scenario.ScenarioSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads a scenario spec: region, households, as_of, optional seed and all_villages, and the
 * fault mix as counts (12) or rates (5% or 0.05) per fault id.
 */
final class ScenarioSpecParser {

    static final int MAX_HOUSEHOLDS = 100_000;

    private ScenarioSpecParser() {
    }

    static ScenarioSpec parse(String file, String text, Kabupaten kabupaten) {
        return parse(YamlNode.parse(file, text), kabupaten);
    }

    static final String[] KEYS = {"id", "region", "households", "as_of", "faults", "proposals", "seed", "all_villages",
        "regime"};

    static ScenarioSpec parse(YamlNode node, Kabupaten kabupaten) {
        node.only(KEYS);
        String region = node.text("region");
        if (kabupaten.villagesIn(region).isEmpty()) {
            throw node.get("region").error("'" + region + "' is neither Kabupaten " + kabupaten.name() + " ("
                    + kabupaten.code() + ") nor one of its kecamatan or villages");
        }
        int households = node.integer("households", 1, MAX_HOUSEHOLDS);
        Map<FaultType, Integer> faults = new EnumMap<>(FaultType.class);
        YamlNode mix = node.get("faults");
        int total = 0;
        for (var e : mix.fields().entrySet()) {
            YamlNode value = e.getValue();
            FaultType type = FaultType.byId(e.getKey()).filter(t -> t != FaultType.CLEAN)
                    .orElseThrow(() -> value.error("unknown fault '" + e.getKey() + "' (see content/faults.yaml)"));
            int count = count(value, households);
            faults.put(type, count);
            total += count;
        }
        if (total > households) {
            throw mix.error("plants " + total + " faults in " + households
                    + " households; at most one fault per household");
        }
        Long seed = node.optional("seed").map(s -> {
            try {
                return Long.parseLong(s.text());
            } catch (NumberFormatException ex) {
                throw s.error("must be a whole number, was '" + s.text() + "'");
            }
        }).orElse(null);
        boolean allVillages = node.optional("all_villages").map(YamlNode::text).map(v -> {
            if (!v.equals("true") && !v.equals("false")) {
                throw node.get("all_villages").error("must be true or false");
            }
            return Boolean.parseBoolean(v);
        }).orElse(false);
        int proposals = node.optional("proposals").map(p -> p.integer(0, 20)).orElse(0);
        Regime regime = node.optional("regime").map(r -> Regime.byId(r.text()).orElseThrow(() ->
                r.error("must be dtks-2020 or dtsen-2025, was '" + r.text() + "'"))).orElse(Regime.DTSEN_2025);
        return new ScenarioSpec(node.optional("id").map(YamlNode::text).orElse(node.file()), region, allVillages,
                households, node.date("as_of"), faults, proposals, seed, regime);
    }

    /** A count (12), or a rate of the households as a percentage (5%) or a fraction (0.05). */
    private static int count(YamlNode value, int households) {
        String v = value.text();
        if (!v.endsWith("%") && !v.contains(".")) {
            return value.integer(0, households);
        }
        BigDecimal rate;
        try {
            rate = v.endsWith("%") ? new BigDecimal(v.substring(0, v.length() - 1).trim()).movePointLeft(2)
                    : new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw value.error("must be a count like 12 or a rate like 5% or 0.05, was '" + v + "'");
        }
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw value.error("a rate must be between 0% and 100% (0 and 1), was " + v);
        }
        return rate.multiply(BigDecimal.valueOf(households)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
}
