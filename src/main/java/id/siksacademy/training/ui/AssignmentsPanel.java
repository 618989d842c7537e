package id.siksacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import id.siksacademy.account.OperatorProfile;
import id.siksacademy.base.ui.DateField;
import id.siksacademy.base.ui.Times;
import id.siksacademy.content.Content;
import id.siksacademy.content.Exercise;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.training.ExerciseBuilderService;
import id.siksacademy.training.AssignmentProgress;
import id.siksacademy.training.AssignmentService;
import id.siksacademy.training.CohortService;
import id.siksacademy.training.TaskState;
import id.siksacademy.training.TrainingRejectedException;
import java.util.stream.Collectors;

/** Tugas: give an exercise to the cohort or some of it, with a due date; see who has done it. */
class AssignmentsPanel extends Div {

    private final AssignmentService assignments;
    private final CohortService cohorts;
    private final Content content;
    private final ExerciseCatalogue catalogue;
    private final long cohortId;
    private final Div list = new Div();
    private final MultiSelectComboBox<OperatorProfile> operators = new MultiSelectComboBox<>();

    AssignmentsPanel(AssignmentService assignments, CohortService cohorts, Content content, ExerciseCatalogue catalogue,
                     ExerciseBuilderService builder, long cohortId) {
        this.catalogue = catalogue;
        this.assignments = assignments;
        this.cohorts = cohorts;
        this.content = content;
        this.cohortId = cohortId;
        addClassName("assignments-panel");
        var exercise = new Select<Exercise>();
        exercise.setLabel(getTranslation("assignment.exercise"));
        var choices = new java.util.ArrayList<>(content.exercises()); // the curriculum, then this trainer's own
        builder.exercises().forEach(b -> catalogue.exercise(b.exerciseId()).ifPresent(choices::add));
        exercise.setItems(choices);
        exercise.setItemLabelGenerator(e -> e.title().in(getLocale()) + " (" + getTranslation("exercise.mode." + e.mode().name()) + ")");
        exercise.setId("assign-exercise");
        var due = new DateField(getTranslation("assignment.due"));
        due.setHelperText(getTranslation("assignment.due.help"));
        due.setId("assign-due");
        operators.setLabel(getTranslation("assignment.operators"));
        operators.setHelperText(getTranslation("assignment.operators.help"));
        operators.setItemLabelGenerator(p -> p.fullName() + " (" + p.username() + ")");
        operators.setId("assign-operators");
        var save = new Button(getTranslation("assignment.save"), e -> {
            exercise.setInvalid(false);
            due.setInvalid(false);
            try {
                assignments.assign(cohortId, exercise.getValue() == null ? null : exercise.getValue().id(), due.getValue(),
                        operators.getValue().stream().map(OperatorProfile::username).collect(Collectors.toSet()));
                exercise.clear();
                due.clear();
                operators.clear();
                refresh();
                Notification.show(getTranslation("assignment.saved"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (TrainingRejectedException ex) {
                var field = ex.messageKey().endsWith("exercise") ? exercise : ex.messageKey().endsWith("due-past") ? due : operators;
                if (field instanceof com.vaadin.flow.component.HasValidation v) {
                    v.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                    v.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("assign-save");
        var form = new FormLayout(exercise, due, operators);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 3));
        var box = new Div(new H3(getTranslation("assignment.new")), form, save);
        box.addClassName("assign-box");
        list.setId("assignment-list");
        add(box, list);
        refresh();
    }

    void refresh() {
        operators.setItems(cohorts.members(cohortId));
        list.removeAll();
        var all = assignments.assignments(cohortId);
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("assignment.none")));
        }
        for (AssignmentProgress a : all) {
            list.add(card(a));
        }
    }

    private Div card(AssignmentProgress a) {
        var exercise = catalogue.exercise(a.exerciseId());
        var title = new H3(exercise.map(e -> e.title().in(getLocale())).orElse(a.exerciseId()));
        var meta = new Paragraph((a.dueOn() == null ? getTranslation("task.no-due")
                : getTranslation("task.due", Times.date(a.dueOn(), getLocale())))
                + " · " + getTranslation(a.wholeCohort() ? "assignment.whole-cohort" : "assignment.chosen", a.operators().size()));
        var counts = new Div();
        counts.addClassName("assignment-counts");
        a.counts().forEach((state, n) -> {
            var badge = new Span(getTranslation("task.state." + state.name()) + ": " + n);
            badge.getElement().getThemeList().add(state == TaskState.PASSED ? "badge success" : "badge");
            counts.add(badge);
        });
        if (a.overdueCount() > 0) {
            var late = new Span(getTranslation("task.overdue") + ": " + a.overdueCount());
            late.getElement().getThemeList().add("badge error");
            counts.add(late);
        }
        var grid = new Grid<AssignmentProgress.Entry>();
        grid.addComponentColumn(e -> new Anchor("pelatih/operator/" + e.username(), e.fullName()))
                .setHeader(getTranslation("progress.col.name")).setFlexGrow(2);
        grid.addComponentColumn(e -> {
            var badge = new Span(getTranslation(e.overdue() ? "task.overdue" : "task.state." + e.state().name()));
            badge.getElement().getThemeList().add(e.overdue() ? "badge error"
                    : e.state() == TaskState.PASSED ? "badge success" : "badge");
            return badge;
        }).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.setItems(a.operators());
        grid.setAllRowsVisible(true);
        var details = new Details(getTranslation("assignment.per-operator"), grid);
        var card = new Div(title, meta, counts, details);
        card.addClassName("assignment-card");
        card.setId("assignment-" + a.id());
        return card;
    }
}
