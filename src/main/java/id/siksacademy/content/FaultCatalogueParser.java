package id.siksacademy.content;

import id.siksacademy.scenario.FaultType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Reads content/faults.yaml: every fault the generator knows, and no other, with its texts; and the
 * critical errors, each a kind of false flag that fails an attempt outright.
 */
final class FaultCatalogueParser {

    record Catalogue(List<Fault> faults, List<CriticalError> criticalErrors) {
    }

    private FaultCatalogueParser() {
    }

    static Catalogue parse(String file, String text) {
        YamlNode root = YamlNode.parse(file, text).only("faults", "critical_errors");
        var faults = new ArrayList<Fault>();
        var seen = EnumSet.noneOf(FaultType.class);
        for (YamlNode f : root.list("faults")) {
            f.only("id", "competency", "severity", "detectable_by", "explanation", "consequence", "consequence_dtks2020",
                    "correct_action");
            String id = f.text("id");
            FaultType type = FaultType.byId(id).orElseThrow(() -> f.get("id").error("unknown fault '" + id
                    + "'; the generator knows " + Arrays.stream(FaultType.values()).map(FaultType::id).toList()));
            if (!seen.add(type)) {
                throw f.get("id").error("fault '" + id + "' is listed twice");
            }
            String competency = f.text("competency");
            if (!competency.matches("K[1-8]")) {
                throw f.get("competency").error("must be one of K1..K8, was '" + competency + "'");
            }
            String detection = f.text("detectable_by");
            Fault.Detection how;
            try {
                how = Fault.Detection.valueOf(detection.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw f.get("detectable_by").error("must be format, registry, field_note or judgment, was '"
                        + detection + "'");
            }
            faults.add(new Fault(type, competency, f.integer("severity", 1, 3), how,
                    LocalizedText.from(f.get("explanation")), LocalizedText.from(f.get("consequence")),
                    f.optional("consequence_dtks2020").map(LocalizedText::from).orElse(null),
                    LocalizedText.from(f.get("correct_action"))));
        }
        var missing = EnumSet.complementOf(seen);
        if (!missing.isEmpty()) {
            throw root.get("faults").error("missing the faults " + missing.stream().map(FaultType::id).toList());
        }
        return new Catalogue(List.copyOf(faults), criticalErrors(root));
    }

    private static List<CriticalError> criticalErrors(YamlNode root) {
        var errors = new ArrayList<CriticalError>();
        var ids = new HashSet<String>();
        for (YamlNode c : root.optional("critical_errors").map(YamlNode::list).orElse(List.of())) {
            c.only("id", "claims", "on", "title", "consequence");
            String id = c.text("id");
            if (!id.matches("[a-z0-9_]{3,40}") || !ids.add(id)) {
                throw c.get("id").error("must be a unique id of 3-40 lower-case letters, digits and '_', was '" + id + "'");
            }
            var claims = EnumSet.noneOf(FaultType.class);
            for (YamlNode f : c.list("claims")) {
                claims.add(FaultType.byId(f.text()).filter(t -> t != FaultType.CLEAN)
                        .orElseThrow(() -> f.error("unknown fault '" + f.text() + "' (see 'faults' above)")));
            }
            if (claims.isEmpty()) {
                throw c.get("claims").error("name at least one fault a false flag would claim");
            }
            CriticalError.Scope on;
            try {
                on = CriticalError.Scope.valueOf(c.text("on").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw c.get("on").error("must be household, member or any, was '" + c.text("on") + "'");
            }
            errors.add(new CriticalError(id, claims, on, LocalizedText.from(c.get("title")),
                    LocalizedText.from(c.get("consequence"))));
        }
        return List.copyOf(errors);
    }
}
