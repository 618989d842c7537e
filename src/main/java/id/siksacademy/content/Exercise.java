package id.siksacademy.content;

import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.ScenarioSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An exercise from content/exercises: what the operator is asked to do, in which village, and what passes. */
public record Exercise(String id, ExerciseMode mode, List<String> competencies, LocalizedText title,
                       LocalizedText instructions, int timeLimitMinutes, int estimatedMinutes, ScenarioSpec scenario,
                       List<String> prerequisites, PassRule pass, List<Step> steps) {

    public Exercise {
        competencies = List.copyOf(competencies);
        prerequisites = List.copyOf(prerequisites);
        steps = List.copyOf(steps);
    }

    public boolean timed() {
        return timeLimitMinutes > 0;
    }

    public boolean hintsAllowed() {
        return mode != ExerciseMode.EXAM;
    }

    public Optional<Step> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Thresholds: overall score, score per competency (0-100), and the highest false-flag rate (0-1). */
    public record PassRule(double overall, Map<String, Double> perCompetency, double maxFalseFlagRate) {

        public PassRule {
            perCompetency = Map.copyOf(perCompetency);
        }
    }

    /** Work that is not a fault: registering proposals, the meeting, finalisation. */
    public enum Task { USULAN, MEETING, FINALISE }

    /** A guided step: what to do, which part of the answer key it checks, and staged hints. */
    public record Step(String id, LocalizedText text, Set<FaultType> faults, Set<Task> tasks, List<Hint> hints) {

        public Step {
            faults = Set.copyOf(faults);
            tasks = Set.copyOf(tasks);
            hints = List.copyOf(hints);
        }
    }

    /** A hint and the points it costs. */
    public record Hint(int cost, LocalizedText text) {
    }
}
