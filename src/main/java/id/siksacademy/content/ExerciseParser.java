package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import java.util.Locale;

/** Reads content/exercises/*.yaml. The file name (without .yaml) must equal the id. */
final class ExerciseParser {

    private ExerciseParser() {
    }

    static Exercise parse(String file, String text, Kabupaten kabupaten) {
        YamlNode root = YamlNode.parse(file, text);
        String id = root.text("id");
        if (!id.matches("[a-z0-9-]{3,80}")) {
            throw root.get("id").error("use 3-80 lower-case letters, digits and dashes, was '" + id + "'");
        }
        if (!file.endsWith("/" + id + ".yaml")) {
            throw root.get("id").error("must equal the file name without .yaml");
        }
        String modeText = root.text("mode");
        ExerciseMode mode;
        try {
            mode = ExerciseMode.valueOf(modeText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw root.get("mode").error("must be guided, practice or exam, was '" + modeText + "'");
        }
        var competencies = root.list("competencies").stream().map(c -> {
            if (!c.text().matches("K[1-8]")) {
                throw c.error("must be one of K1..K8, was '" + c.text() + "'");
            }
            return c.text();
        }).toList();
        int limit = root.optional("time_limit_minutes").map(n -> n.integer(0, 600)).orElse(0);
        if (mode == ExerciseMode.EXAM && limit == 0) {
            throw root.error("an exam needs time_limit_minutes");
        }
        int estimate = root.optional("estimated_minutes").map(n -> n.integer(1, 600)).orElse(Math.max(limit, 30));
        YamlNode scenario = root.get("scenario");
        var spec = ScenarioSpecParser.parse(scenario, kabupaten);
        spec = new id.siksacademy.scenario.ScenarioSpec(id, spec.regionCode(), spec.allVillages(), spec.households(),
                spec.asOf(), spec.faults(), spec.proposals(), spec.seed());
        return new Exercise(id, mode, competencies, LocalizedText.from(root.get("title")),
                LocalizedText.from(root.get("instructions")), limit, estimate, spec);
    }
}
