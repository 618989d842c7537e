package id.siksacademy;

import id.siksacademy.attempt.AttemptService;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scoring.ScoringService;
import id.siksacademy.scoring.ValidityAgents;
import java.util.List;
import java.util.function.UnaryOperator;

/** Does an exercise as the signed-in operator with the perfect trainee's actions (optionally changed). */
public final class PerfectWork {

    private PerfectWork() {
    }

    /** Records the actions but leaves the attempt open; returns its id. */
    public static long record(AttemptService attempts, SandboxService sandbox, String exerciseId,
                              UnaryOperator<List<SandboxAction>> change) {
        attempts.mine().stream().filter(a -> a.open() && a.exerciseId().equals(exerciseId))
                .forEach(a -> attempts.submit(a.id()));
        long id = attempts.startOrResume(exerciseId).id();
        var actions = change.apply(new java.util.ArrayList<>(ValidityAgents.perfect(sandbox.open(id).state().scenario())));
        int count = sandbox.open(id).actionCount();
        for (SandboxAction a : actions) {
            if (!(a instanceof SandboxAction.Finalise)) {
                count = sandbox.record(id, count, a).actionCount();
            }
        }
        return id;
    }

    /** Records, finalises and scores (as the operator's result page would); returns the attempt's id. */
    public static long submit(AttemptService attempts, SandboxService sandbox, ScoringService scoring, String exerciseId,
                              UnaryOperator<List<SandboxAction>> change) {
        long id = record(attempts, sandbox, exerciseId, change);
        sandbox.finalise(id, sandbox.open(id).actionCount());
        scoring.result(id).orElseThrow();
        return id;
    }

    public static long submit(AttemptService attempts, SandboxService sandbox, ScoringService scoring, String exerciseId) {
        return submit(attempts, sandbox, scoring, exerciseId, a -> a);
    }
}
