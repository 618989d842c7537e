package id.siksacademy.content;

import id.siksacademy.scenario.FaultType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** Reads content/faults.yaml: every fault the generator knows, and no other, with its texts. */
final class FaultCatalogueParser {

    private FaultCatalogueParser() {
    }

    static List<Fault> parse(String file, String text) {
        YamlNode root = YamlNode.parse(file, text);
        var faults = new ArrayList<Fault>();
        var seen = EnumSet.noneOf(FaultType.class);
        for (YamlNode f : root.list("faults")) {
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
                    LocalizedText.from(f.get("correct_action"))));
        }
        var missing = EnumSet.complementOf(seen);
        if (!missing.isEmpty()) {
            throw root.get("faults").error("missing the faults " + missing.stream().map(FaultType::id).toList());
        }
        return List.copyOf(faults);
    }
}
