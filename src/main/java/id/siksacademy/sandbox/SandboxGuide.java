package id.siksacademy.sandbox;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A side panel a sandbox screen shows next to the replica (the guided steps and hints). It is
 * provided by the feature that knows the exercise's steps; the sandbox only hosts it.
 * {@code record} records an action the way the screen does and says whether it was recorded.
 */
public interface SandboxGuide {

    Optional<Component> panel(Supplier<Workspace> workspace, Function<SandboxAction, Boolean> record);
}
