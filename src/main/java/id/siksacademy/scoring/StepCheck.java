package id.siksacademy.scoring;

import id.siksacademy.content.Exercise;
import id.siksacademy.sandbox.SandboxState;
import id.siksacademy.scenario.FaultType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * "Periksa langkah": a guided step checked against its part of the answer key only. It says how much
 * is right and which rules are still broken, never where: naming a household is separate help
 * ({@link #householdToShow}) that costs like a hint.
 */
public final class StepCheck {

    public record Result(int right, int total, List<FaultType> remaining, List<Exercise.Task> tasksLeft) {

        public boolean done() {
            return right == total;
        }
    }

    /** A household the step is still wrong about: its id, and whom to look for there. */
    public record Shown(String householdId, String subject) {
    }

    private StepCheck() {
    }

    public static Result check(Exercise.Step step, SandboxState state, ScoringRules rules) {
        var open = open(step, state, rules);
        var result = Scorer.score(state.scenario(), state, rules);
        long planted = state.scenario().answerKey().entries().stream().filter(e -> step.faults().contains(e.fault())).count();
        var tasksLeft = new ArrayList<Exercise.Task>();
        for (Exercise.Task task : step.tasks()) {
            boolean done = switch (task) {
                case USULAN -> state.registeredProposals().size() == state.scenario().proposals().size()
                        && result.feedback().stream().noneMatch(f -> f.kind() == Feedback.Kind.ENTRY_ERROR);
                case MEETING -> state.meeting().isPresent();
                case FINALISE -> state.finalised();
            };
            if (!done) {
                tasksLeft.add(task);
            }
        }
        int total = (int) planted + step.tasks().size();
        int right = total - open.size() - tasksLeft.size();
        var remaining = new ArrayList<>(new LinkedHashSet<>(open.stream().map(Feedback::fault).toList()));
        return new Result(right, total, remaining, tasksLeft);
    }

    /** The first household the step is still wrong about, if any. */
    public static Optional<Shown> householdToShow(Exercise.Step step, SandboxState state, ScoringRules rules) {
        return open(step, state, rules).stream().findFirst().map(f -> new Shown(f.householdId(), f.subject()));
    }

    private static List<Feedback> open(Exercise.Step step, SandboxState state, ScoringRules rules) {
        return Scorer.score(state.scenario(), state, rules).feedback().stream()
                .filter(f -> (f.kind() == Feedback.Kind.MISSED || f.kind() == Feedback.Kind.WRONG_FIX)
                        && f.fault() != null && step.faults().contains(f.fault()))
                .toList();
    }
}
