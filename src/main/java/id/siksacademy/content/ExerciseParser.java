package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.ScenarioSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads content/exercises/*.yaml. The file name (without .yaml) must equal the id. */
final class ExerciseParser {

    private ExerciseParser() {
    }

    static Exercise parse(String file, String text, Kabupaten kabupaten) {
        return parse(file, text, kabupaten, null, null);
    }

    /** With the curriculum's competency ids and the ids of all exercises, to check references. */
    static Exercise parse(String file, String text, Kabupaten kabupaten, java.util.Set<String> competencyIds,
                          java.util.Set<String> exerciseIds) {
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
            if (!c.text().matches("K[1-8]") || (competencyIds != null && !competencyIds.contains(c.text()))) {
                throw c.error("must be a competency of curriculum.yaml (K1..K8), was '" + c.text() + "'");
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
        var prerequisites = root.optional("prerequisites").map(YamlNode::list).orElse(List.of()).stream()
                .map(p -> {
                    if (exerciseIds != null && !exerciseIds.contains(p.text())) {
                        throw p.error("no exercise '" + p.text() + "' in content/exercises");
                    }
                    return p.text();
                }).toList();
        var pass = root.optional("pass").map(ExerciseParser::pass)
                .orElse(new Exercise.PassRule(80, Map.of(), 0.05));
        var steps = new ArrayList<Exercise.Step>();
        for (YamlNode s : root.optional("steps").map(YamlNode::list).orElse(List.of())) {
            steps.add(step(s, spec, mode));
        }
        if (!steps.isEmpty() && mode == ExerciseMode.EXAM) {
            throw root.get("steps").error("an exam has no steps or hints");
        }
        return new Exercise(id, mode, competencies, LocalizedText.from(root.get("title")),
                LocalizedText.from(root.get("instructions")), limit, estimate, spec, prerequisites, pass, steps);
    }

    private static Exercise.PassRule pass(YamlNode node) {
        var per = new LinkedHashMap<String, Double>();
        node.optional("per_competency").ifPresent(p -> p.fields().forEach((k, v) -> {
            if (!k.matches("K[1-8]")) {
                throw v.error("'" + k + "' is not a competency K1..K8");
            }
            per.put(k, (double) v.integer(0, 100));
        }));
        double maxFalse = node.optional("max_false_flag_rate").map(n -> CurriculumParser.probability(node,
                "max_false_flag_rate")).orElse(0.05);
        return new Exercise.PassRule(node.integer("overall", 0, 100), per, maxFalse);
    }

    private static Exercise.Step step(YamlNode s, ScenarioSpec spec, ExerciseMode mode) {
        var faults = EnumSet.noneOf(FaultType.class);
        for (YamlNode f : s.optional("faults").map(YamlNode::list).orElse(List.of())) {
            FaultType type = FaultType.byId(f.text()).orElseThrow(() -> f.error("unknown fault '" + f.text() + "'"));
            if (!spec.faults().containsKey(type)) {
                throw f.error("the step checks '" + f.text() + "' but the scenario plants none");
            }
            faults.add(type);
        }
        var tasks = EnumSet.noneOf(Exercise.Task.class);
        for (YamlNode t : s.optional("tasks").map(YamlNode::list).orElse(List.of())) {
            try {
                tasks.add(Exercise.Task.valueOf(t.text().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw t.error("must be usulan, meeting or finalise, was '" + t.text() + "'");
            }
        }
        if (faults.isEmpty() && tasks.isEmpty()) {
            throw s.error("a step needs faults or tasks to check");
        }
        if (tasks.contains(Exercise.Task.USULAN) && spec.proposals() == 0) {
            throw s.get("tasks").error("the step checks usulan but the scenario has no proposals");
        }
        var hints = new ArrayList<Exercise.Hint>();
        for (YamlNode h : s.optional("hints").map(YamlNode::list).orElse(List.of())) {
            hints.add(new Exercise.Hint(h.integer("cost", 0, 50), new LocalizedText(h.text("id"), h.text("en"))));
        }
        return new Exercise.Step(s.text("id"), LocalizedText.from(s.get("text")), faults, tasks, hints);
    }
}
