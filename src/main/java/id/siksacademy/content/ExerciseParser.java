package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.ScenarioSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads content/exercises/*.yaml. The file name (without .yaml) must equal the id; every key is
 * checked (an unknown one is an error with a suggestion), so a misspelt key never loads as absent.
 */
final class ExerciseParser {

    static final String[] KEYS = {"id", "mode", "competencies", "title", "instructions", "time_limit_minutes",
        "estimated_minutes", "scenario", "prerequisites", "pass", "steps", "reveal_cost"};
    static final String[] PASS_KEYS = {"overall", "per_competency", "competency_gate", "max_false_flag_rate"};
    static final String[] STEP_KEYS = {"id", "text", "faults", "tasks", "hints"};
    static final String[] HINT_KEYS = {"cost", "id", "en"};
    /** Showing the household a step is about costs this many points unless the exercise says otherwise. */
    static final int DEFAULT_REVEAL_COST = 5;

    private ExerciseParser() {
    }

    static Exercise parse(String file, String text, Kabupaten kabupaten) {
        return parse(file, text, kabupaten, null, null);
    }

    /** With the curriculum's competency ids and the ids of all exercises, to check references. */
    static Exercise parse(String file, String text, Kabupaten kabupaten, Set<String> competencyIds,
                          Set<String> exerciseIds) {
        YamlNode root = YamlNode.parse(file, text).only(KEYS);
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
        spec = spec.withId(id);
        var prerequisites = root.optional("prerequisites").map(YamlNode::list).orElse(List.of()).stream()
                .map(p -> {
                    if (exerciseIds != null && !exerciseIds.contains(p.text())) {
                        throw p.error("no exercise '" + p.text() + "' in content/exercises");
                    }
                    return p.text();
                }).toList();
        var pass = root.optional("pass").map(n -> pass(n, mode, competencyIds))
                .orElse(Exercise.PassRule.defaults(mode));
        var steps = new ArrayList<Exercise.Step>();
        for (YamlNode s : root.optional("steps").map(YamlNode::list).orElse(List.of())) {
            steps.add(step(s, spec));
        }
        if (!steps.isEmpty() && mode == ExerciseMode.EXAM) {
            throw root.get("steps").error("an exam has no steps or hints");
        }
        int revealCost = root.optional("reveal_cost").map(n -> n.integer(0, 50)).orElse(DEFAULT_REVEAL_COST);
        return new Exercise(id, mode, competencies, LocalizedText.from(root.get("title")),
                LocalizedText.from(root.get("instructions")), limit, estimate, spec, prerequisites, pass, steps,
                revealCost);
    }

    private static Exercise.PassRule pass(YamlNode node, ExerciseMode mode, Set<String> competencyIds) {
        node.only(PASS_KEYS);
        var defaults = Exercise.PassRule.defaults(mode);
        var per = new LinkedHashMap<String, Double>();
        node.optional("per_competency").ifPresent(p -> p.fields().forEach((k, v) -> {
            if (!k.matches("K[1-8]") || (competencyIds != null && !competencyIds.contains(k))) {
                throw v.error("'" + k + "' is not a competency of curriculum.yaml (K1..K8)");
            }
            per.put(k, (double) v.integer(0, 100));
        }));
        double overall = node.optional("overall").map(n -> (double) n.integer(0, 100)).orElse(defaults.overall());
        double gate = node.optional("competency_gate").map(n -> (double) n.integer(0, 100))
                .orElse(defaults.competencyGate());
        double maxFalse = node.optional("max_false_flag_rate").map(YamlNode::rate).orElse(defaults.maxFalseFlagRate());
        return new Exercise.PassRule(overall, per, gate, maxFalse);
    }

    private static Exercise.Step step(YamlNode s, ScenarioSpec spec) {
        s.only(STEP_KEYS);
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
            h.only(HINT_KEYS);
            hints.add(new Exercise.Hint(h.integer("cost", 0, 50), new LocalizedText(h.text("id"), h.text("en"))));
        }
        return new Exercise.Step(s.text("id"), LocalizedText.from(s.get("text")), faults, tasks, hints);
    }
}
