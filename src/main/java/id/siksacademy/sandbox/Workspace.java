package id.siksacademy.sandbox;

import id.siksacademy.attempt.AttemptSummary;

/**
 * An open sandbox as a view sees it: the attempt, its state, and how many actions that state
 * holds (a view sends this back with its next action, so a stale tab is caught).
 * Views only read the state.
 */
public record Workspace(AttemptSummary attempt, SandboxState state, int actionCount) {

    public boolean readOnly() {
        return !attempt.open() || state.finalised();
    }
}
