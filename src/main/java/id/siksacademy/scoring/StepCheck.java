package id.siksacademy.scoring;

import id.siksacademy.content.Exercise;
import id.siksacademy.sandbox.SandboxState;
import id.siksacademy.scenario.FaultType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * "Periksa langkah": a guided step checked against its part of the answer key only. It says how
 * much is right and which rules are still broken; it names a household only from the second try.
 */
public final class StepCheck {

    public record Result(int right, int total, List<FaultType> remaining, List<Exercise.Task> tasksLeft,
                         String lookAt) {

        public boolean done() {
            return right == total;
        }
    }

    private StepCheck() {
    }

    public static Result check(Exercise.Step step, SandboxState state, ScoringRules rules, int previousChecks) {
        var result = Scorer.score(state.scenario(), state, rules);
        var open = result.feedback().stream().filter(f -> (f.kind() == Feedback.Kind.MISSED
                || f.kind() == Feedback.Kind.WRONG_FIX) && f.fault() != null && step.faults().contains(f.fault())).toList();
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
        String lookAt = previousChecks > 0 && !open.isEmpty() ? open.getFirst().subject() : null;
        return new Result(right, total, remaining, tasksLeft, lookAt);
    }
}
