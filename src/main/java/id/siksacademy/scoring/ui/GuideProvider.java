package id.siksacademy.scoring.ui;

import id.siksacademy.content.Content;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxGuide;
import id.siksacademy.sandbox.Workspace;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/** Gives sandbox screens the guide panel of exercises that have steps. */
@org.springframework.stereotype.Component
class GuideProvider implements SandboxGuide {

    private final Content content;

    private final ExerciseCatalogue exercises;

    GuideProvider(Content content, ExerciseCatalogue exercises) {
        this.exercises = exercises;
        this.content = content;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> panel(Supplier<Workspace> workspace,
                                                              Function<SandboxAction, Boolean> record) {
        return exercises.exercise(workspace.get().attempt().exerciseId()).filter(e -> !e.steps().isEmpty())
                .map(e -> new GuidePanel(e, content, workspace, record));
    }
}
