package id.siksacademy.content;

import id.siksacademy.scenario.FaultType;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A practice village or exam a trainer composes on screen: the same things an exercise file says,
 * written out as that file ({@link #toYaml}) so that one parser checks both and the export is exact.
 */
public record ExerciseDraft(String id, ExerciseMode mode, String titleId, String titleEn, String instructionsId,
                            String instructionsEn, String region, int households, int proposals,
                            Map<FaultType, Integer> faults, int timeLimitMinutes, double passOverall,
                            Integer competencyGate, double maxFalseFlagRate, LocalDate asOf) {

    public ExerciseDraft {
        faults = faults == null ? Map.of() : Map.copyOf(faults);
    }

    /** The competencies its faults train, K7 when there are proposals, and K8 (the month's workflow). */
    public java.util.SortedSet<String> competencies(Content content) {
        var trained = new TreeSet<String>();
        faults.forEach((f, n) -> {
            if (n > 0) {
                trained.add(content.fault(f).competency());
            }
        });
        if (proposals > 0) {
            trained.add("K7");
        }
        trained.add("K8");
        return trained;
    }

    /** The exercise file this draft is; {@code id} names it. */
    public String toYaml(Content content) {
        var competencies = competencies(content);
        var y = new StringBuilder();
        y.append("# Built in SIKS Academy's village builder; copy to content/exercises/").append(id).append(".yaml to ship it.\n");
        y.append("id: ").append(id).append('\n');
        y.append("mode: ").append(mode.name().toLowerCase(Locale.ROOT)).append('\n');
        y.append("competencies: [").append(String.join(", ", competencies)).append("]\n");
        if (timeLimitMinutes > 0) {
            y.append("time_limit_minutes: ").append(timeLimitMinutes).append('\n');
        }
        y.append("pass:\n");
        y.append("  overall: ").append(number(passOverall)).append('\n');
        if (competencyGate != null) {
            y.append("  per_competency: { ");
            y.append(String.join(", ", competencies.stream().map(c -> c + ": " + competencyGate).toList()));
            y.append(" }\n");
        }
        y.append("  max_false_flag_rate: ").append(number(maxFalseFlagRate)).append('\n');
        y.append("title:\n  id: ").append(quoted(titleId)).append("\n  en: ").append(quoted(titleEn)).append('\n');
        y.append("instructions:\n  id: ").append(quoted(instructionsId)).append("\n  en: ").append(quoted(instructionsEn))
                .append('\n');
        y.append("scenario:\n");
        y.append("  region: ").append(quoted(region)).append('\n');
        y.append("  households: ").append(households).append('\n');
        y.append("  as_of: ").append(asOf).append('\n');
        y.append("  proposals: ").append(proposals).append('\n');
        y.append("  faults:\n");
        new TreeMap<>(faults).forEach((f, n) -> {
            if (n > 0) {
                y.append("    ").append(f.name().toLowerCase(Locale.ROOT)).append(": ").append(n).append('\n');
            }
        });
        return y.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** A double-quoted YAML scalar on one line. */
    static String quoted(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
