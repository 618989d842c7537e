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
                       List<String> prerequisites, PassRule pass, List<Step> steps, int revealCost) {

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

    /**
     * Thresholds: the overall score; a gate for every competency the exercise has evidence of (its own
     * threshold from {@code perCompetency}, else {@code competencyGate}); and the highest false-flag rate
     * (0-1). Scores are 0-100.
     */
    public record PassRule(double overall, Map<String, Double> perCompetency, double competencyGate,
                           double maxFalseFlagRate) {

        public PassRule {
            perCompetency = Map.copyOf(perCompetency);
        }

        /** The gate of one competency. */
        public double gate(String competency) {
            return perCompetency.getOrDefault(competency, competencyGate);
        }

        /** What an exercise of this mode requires when its file does not say. */
        public static PassRule defaults(ExerciseMode mode) {
            return mode == ExerciseMode.GUIDED ? new PassRule(70, Map.of(), 70, 0.10)
                    : new PassRule(80, Map.of(), 75, 0.05);
        }
    }

    /** The step that checks a fault, if any. */
    public Optional<Step> stepOf(FaultType fault) {
        return steps.stream().filter(s -> s.faults().contains(fault)).findFirst();
    }

    /** The step that checks a task, if any. */
    public Optional<Step> stepOf(Task task) {
        return steps.stream().filter(s -> s.tasks().contains(task)).findFirst();
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
