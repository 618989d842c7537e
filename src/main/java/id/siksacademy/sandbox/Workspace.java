package id.siksacademy.sandbox;

import id.siksacademy.attempt.AttemptSummary;

/**
 * An open sandbox as a view sees it: the attempt, its state, and how many actions that state
 * holds (a view sends this back with its next action, so a stale tab is caught).
 * Views only read the state.
 */
public record Workspace(AttemptSummary attempt, SandboxState state, int actionCount, Review review) {

    /** A trainer's look at the sandbox after {@code step} of {@code total} recorded actions; read-only. */
    public record Review(int step, int total) {
    }

    public Workspace(AttemptSummary attempt, SandboxState state, int actionCount) {
        this(attempt, state, actionCount, null);
    }

    public boolean readOnly() {
        return review != null || !attempt.open() || state.finalised();
    }

    public boolean reviewing() {
        return review != null;
    }
}
