package id.siksacademy.scoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import id.siksacademy.content.Content;
import id.siksacademy.content.Exercise;
import id.siksacademy.content.ExerciseMode;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.Workspace;
import id.siksacademy.scoring.ScoringRules;
import id.siksacademy.scoring.StepCheck;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The guided steps beside the replica (a collapsible drawer on phones): each step's task, its
 * "Periksa langkah" check (guided mode), and hints that come in stages and cost points.
 */
class GuidePanel extends Details {

    private final Exercise exercise;
    private final Content content;
    private final Supplier<Workspace> workspace;
    private final Function<SandboxAction, Boolean> record;

    GuidePanel(Exercise exercise, Content content, Supplier<Workspace> workspace,
               Function<SandboxAction, Boolean> record) {
        this.exercise = exercise;
        this.content = content;
        this.workspace = workspace;
        this.record = record;
        setSummaryText(getTranslation("guide.title", exercise.steps().size()));
        addClassName("sandbox-guide");
        setId("guide");
        // A drawer on phones: closed there, open beside the replica on wider screens.
        com.vaadin.flow.component.UI.getCurrent().getPage().retrieveExtendedClientDetails(
                details -> setOpened(details.getWindowInnerWidth() > 700));
        for (int i = 0; i < exercise.steps().size(); i++) {
            add(step(i + 1, exercise.steps().get(i)));
        }
    }

    private Div step(int number, Exercise.Step step) {
        var box = new Div(new H3(getTranslation("guide.step", number)), new Paragraph(step.text().in(getLocale())));
        box.addClassName("guide-step");
        var feedback = new Div();
        feedback.addClassName("guide-feedback");
        var hints = new Div();
        hints.addClassName("guide-hints");
        int used = workspace.get().state().hintLevels().getOrDefault(step.id(), 0);
        for (int i = 0; i < used; i++) {
            hints.add(hint(step.hints().get(i)));
        }
        box.add(hints);
        boolean open = !workspace.get().readOnly();
        if (exercise.mode() == ExerciseMode.GUIDED && open) {
            var check = new Button(getTranslation("guide.check"), e -> check(step, feedback));
            check.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
            check.setId("check-" + step.id());
            box.add(check);
            if (!step.faults().isEmpty()) {
                var show = new Button(getTranslation("guide.show", exercise.revealCost()), e -> show(step, feedback));
                show.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
                show.setId("show-" + step.id());
                box.add(show);
            }
        }
        if (exercise.hintsAllowed() && open && used < step.hints().size()) {
            var more = new Button();
            updateHintButton(more, step, used);
            more.addClickListener(e -> {
                int level = workspace.get().state().hintLevels().getOrDefault(step.id(), 0) + 1;
                var hint = step.hints().get(level - 1);
                if (record.apply(new SandboxAction.UseHint(step.id(), level, hint.cost()))) {
                    hints.add(hint(hint));
                    updateHintButton(more, step, level);
                }
            });
            more.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            more.setId("hint-" + step.id());
            box.add(more);
        }
        box.add(feedback);
        return box;
    }

    private void updateHintButton(Button button, Exercise.Step step, int used) {
        if (used >= step.hints().size()) {
            button.setVisible(false);
            return;
        }
        button.setText(getTranslation("guide.hint", used + 1, step.hints().get(used).cost()));
    }

    private Paragraph hint(Exercise.Hint hint) {
        var p = new Paragraph(hint.text().in(getLocale()));
        p.addClassName("guide-hint");
        return p;
    }

    private void check(Exercise.Step step, Div feedback) {
        if (!record.apply(new SandboxAction.CheckStep(step.id()))) {
            return;
        }
        var state = workspace.get().state();
        var result = StepCheck.check(step, state, ScoringRules.of(content, exercise));
        feedback.removeAll();
        var summary = new Paragraph(getTranslation(result.done() ? "guide.done" : "guide.progress", result.right(),
                result.total()));
        summary.addClassName(result.done() ? "guide-done" : "guide-progress");
        summary.setId("feedback-" + step.id());
        feedback.add(summary);
        for (var fault : result.remaining()) {
            feedback.add(new Paragraph(getTranslation("guide.rule", content.fault(fault).explanation().in(getLocale()))));
        }
        for (var task : result.tasksLeft()) {
            feedback.add(new Paragraph(getTranslation("guide.task." + task.name())));
        }
    }

    /** Names one household the step is still wrong about, at the cost the exercise states. */
    private void show(Exercise.Step step, Div feedback) {
        var shown = StepCheck.householdToShow(step, workspace.get().state(), ScoringRules.of(content, exercise));
        feedback.removeAll();
        if (shown.isEmpty()) { // nothing left to show: no cost either
            feedback.add(new Paragraph(getTranslation("guide.nothing-to-show")));
            return;
        }
        if (record.apply(new SandboxAction.ShowHousehold(step.id(), shown.get().householdId(), exercise.revealCost()))) {
            var line = new Paragraph(getTranslation("guide.look-at", shown.get().subject()));
            line.setId("shown-" + step.id());
            feedback.add(line);
        }
    }
}
