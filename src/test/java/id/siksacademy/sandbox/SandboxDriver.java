package id.siksacademy.sandbox;

import id.siksacademy.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Plays a sandbox the way the service does, for simulated trainees: an action is kept only if SIKS-NG
 * would accept it now, then applied, so that later choices can read the state it leaves.
 */
public final class SandboxDriver {

    private final SandboxState state;
    private final List<SandboxAction> actions = new ArrayList<>();

    public SandboxDriver(Scenario scenario, Set<String> villageCodes) {
        this.state = SandboxState.of(scenario, villageCodes);
    }

    /** Records the action if it would be accepted; says whether it was. */
    public boolean act(SandboxAction action) {
        if (state.check(action).isPresent()) {
            return false;
        }
        state.apply(action);
        actions.add(action);
        return true;
    }

    public SandboxState state() {
        return state;
    }

    public List<SandboxAction> actions() {
        return List.copyOf(actions);
    }
}
