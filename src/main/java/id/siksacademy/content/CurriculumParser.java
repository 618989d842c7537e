package id.siksacademy.content;

import id.siksacademy.scenario.FaultType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;

/** Reads content/curriculum.yaml and checks it against the fault catalogue. */
final class CurriculumParser {

    private CurriculumParser() {
    }

    static Curriculum parse(String file, String text, List<Fault> faults) {
        YamlNode root = YamlNode.parse(file, text).only("competencies", "mastery", "certification");
        var competencies = new ArrayList<Curriculum.Competency>();
        var ids = new HashSet<String>();
        var covered = EnumSet.noneOf(FaultType.class);
        var tasksCovered = EnumSet.noneOf(Exercise.Task.class);
        for (YamlNode c : root.list("competencies")) {
            c.only("id", "title", "description", "faults", "tasks");
            String id = c.text("id");
            if (!id.matches("K[1-8]") || !ids.add(id)) {
                throw c.get("id").error("must be a unique id K1..K8, was '" + id + "'");
            }
            var set = EnumSet.noneOf(FaultType.class);
            for (YamlNode f : c.list("faults")) {
                FaultType type = FaultType.byId(f.text()).filter(t -> t != FaultType.CLEAN)
                        .orElseThrow(() -> f.error("unknown fault '" + f.text() + "' (see content/faults.yaml)"));
                String declared = faults.stream().filter(x -> x.type() == type).findFirst().orElseThrow().competency();
                if (!declared.equals(id)) {
                    throw f.error("faults.yaml puts '" + f.text() + "' under " + declared + ", not " + id);
                }
                if (!covered.add(type)) {
                    throw f.error("fault '" + f.text() + "' is listed under two competencies");
                }
                set.add(type);
            }
            var tasks = EnumSet.noneOf(Exercise.Task.class);
            for (YamlNode t : c.optional("tasks").map(YamlNode::list).orElse(List.of())) {
                Exercise.Task task;
                try {
                    task = Exercise.Task.valueOf(t.text().toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw t.error("must be usulan, meeting or finalise, was '" + t.text() + "'");
                }
                if (!tasksCovered.add(task)) {
                    throw t.error("task '" + t.text() + "' is listed under two competencies");
                }
                tasks.add(task);
            }
            competencies.add(new Curriculum.Competency(id, LocalizedText.from(c.get("title")),
                    LocalizedText.from(c.get("description")), set, tasks));
        }
        var missing = EnumSet.complementOf(covered);
        missing.remove(FaultType.CLEAN);
        if (!missing.isEmpty()) {
            throw root.get("competencies").error("faults not tied to any competency: "
                    + missing.stream().map(FaultType::id).toList());
        }
        var tasksMissing = EnumSet.complementOf(tasksCovered);
        if (!tasksMissing.isEmpty()) {
            throw root.get("competencies").error("tasks not tied to any competency: " + tasksMissing.stream()
                    .map(t -> t.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
        YamlNode m = root.get("mastery").only("model", "p_init", "p_transit", "p_slip", "p_guess", "mastered");
        if (!m.text("model").equals("bkt")) {
            throw m.get("model").error("only 'bkt' (Bayesian Knowledge Tracing) is supported");
        }
        return new Curriculum(competencies, new Curriculum.Mastery(probability(m, "p_init"),
                probability(m, "p_transit"), probability(m, "p_slip"), probability(m, "p_guess"),
                probability(m, "mastered")), certification(root));
    }

    /** The certificate levels; the exams they name are checked against the exercises once those are read. */
    static List<Curriculum.CertificateLevel> certification(YamlNode root) {
        var levels = new ArrayList<Curriculum.CertificateLevel>();
        var ids = new HashSet<String>();
        for (YamlNode l : root.optional("certification").map(c -> c.only("levels").list("levels")).orElse(List.of())) {
            l.only("id", "title", "exams", "min_per_competency", "max_false_flag_rate", "validity_months",
                    "recertification_exam");
            String id = l.text("id");
            if (!id.matches("[a-z0-9-]{2,40}") || !ids.add(id)) {
                throw l.get("id").error("must be a unique id of 2-40 lower-case letters, digits and dashes, was '" + id + "'");
            }
            var exams = l.list("exams").stream().map(YamlNode::text).toList();
            if (exams.isEmpty()) {
                throw l.get("exams").error("name at least one exam");
            }
            double min = l.get("min_per_competency").integer(0, 100);
            double rate = l.get("max_false_flag_rate").rate();
            int months = l.get("validity_months").integer(1, 120);
            levels.add(new Curriculum.CertificateLevel(id, LocalizedText.from(l.get("title")), exams, min, rate, months,
                    l.text("recertification_exam")));
        }
        return levels;
    }

    static double probability(YamlNode node, String field) {
        YamlNode n = node.get(field);
        try {
            double v = Double.parseDouble(n.text());
            if (v < 0 || v > 1) {
                throw n.error("must be between 0 and 1, was " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw n.error("must be a number between 0 and 1, was '" + n.text() + "'");
        }
    }
}
