package id.siksacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import id.siksacademy.content.Content;
import id.siksacademy.content.Exercise;
import id.siksacademy.training.ItemAnalysis;
import id.siksacademy.training.ItemAnalysisService;
import id.siksacademy.training.TrainingRejectedException;
import java.util.Locale;

/**
 * Analisis: item analysis of the cohort on one exercise (facility, discrimination, the common wrong
 * act per fault type; d' and bias per operator) and its three weakest competencies, each with a
 * one-click assignment of the guided exercise that trains it.
 */
class AnalysisPanel extends Div {

    private final ItemAnalysisService analysis;
    private final Content content;
    private final long cohortId;
    private final Runnable assigned;
    private final Div result = new Div();
    private final Select<Exercise> exerciseSelect = new Select<>();

    AnalysisPanel(ItemAnalysisService analysis, Content content, long cohortId, Runnable assigned) {
        this.analysis = analysis;
        this.content = content;
        this.cohortId = cohortId;
        this.assigned = assigned;
        addClassName("analysis-panel");
        var exercise = exerciseSelect;
        exercise.setLabel(getTranslation("assignment.exercise"));
        exercise.setItems(content.exercises());
        exercise.setItemLabelGenerator(e -> e.title().in(getLocale()));
        content.exercises().stream().filter(e -> e.id().equals("verval-desa-1")).findFirst()
                .or(() -> content.exercises().stream().findFirst()).ifPresent(exercise::setValue);
        exercise.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(e.getValue());
            }
        });
        exercise.setId("analysis-exercise");
        result.setId("analysis-result");
        add(new Paragraph(getTranslation("analysis.lead")), exercise, result);
    }

    /** Shows the chosen exercise's analysis (the argument is ignored: the select holds the choice). */
    void refresh(Exercise ignored) {
        show(exerciseSelect.getValue());
    }

    void show(Exercise exercise) {
        result.removeAll();
        if (exercise == null) {
            return;
        }
        ItemAnalysis a = analysis.analyse(cohortId, exercise.id());
        result.add(weakest(a));
        if (a.operators() == 0) {
            result.add(new Paragraph(getTranslation("analysis.no-results")));
            return;
        }
        result.add(new H3(getTranslation("analysis.items", a.operators())), items(a),
                new Paragraph(getTranslation("analysis.items.help")),
                new H3(getTranslation("analysis.signals")), signals(a), new Paragraph(getTranslation("analysis.signals.help")));
    }

    private Div weakest(ItemAnalysis a) {
        var box = new Div(new H3(getTranslation("analysis.weakest")));
        box.setId("analysis-weakest");
        if (a.weakest().isEmpty()) {
            box.add(new Paragraph(getTranslation("analysis.weakest.none")));
            return box;
        }
        var cards = new Div();
        cards.addClassName("info-cards");
        for (var w : a.weakest()) {
            var card = new Card();
            card.setTitle(w.competency() + " " + content.curriculum().competency(w.competency())
                    .map(c -> c.title().in(getLocale())).orElse(""));
            card.setSubtitle(new Span(getTranslation("analysis.weakest.mastery", Math.round(w.meanMastery() * 100),
                    w.operatorsWithEvidence())));
            if (w.guidedExerciseId() != null) {
                var title = content.exercise(w.guidedExerciseId()).map(e -> e.title().in(getLocale())).orElse("");
                var assign = new Button(getTranslation("analysis.assign", title), e -> {
                    try {
                        analysis.assignGuided(cohortId, w.competency());
                        assigned.run();
                        Notification.show(getTranslation("assignment.saved"), 3000, Notification.Position.TOP_CENTER)
                                .addThemeVariants(NotificationVariant.SUCCESS);
                    } catch (TrainingRejectedException ex) {
                        Notification.show(getTranslation(ex.messageKey(), ex.args()), 4000,
                                Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.ERROR);
                    }
                });
                assign.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                assign.setId("assign-guided-" + w.competency());
                card.addToFooter(assign);
            }
            cards.add(card);
        }
        box.add(cards);
        return box;
    }

    private Grid<ItemAnalysis.Item> items(ItemAnalysis a) {
        var grid = new Grid<ItemAnalysis.Item>();
        grid.addComponentColumn(i -> {
            var name = new Span(i.fault().name().toLowerCase(Locale.ROOT));
            name.setTitle(content.fault(i.fault()).explanation().in(getLocale()));
            var cell = new Span(name, new Span(i.competency()));
            cell.addClassName("user-cell");
            return cell;
        }).setHeader(getTranslation("analysis.col.fault")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(i -> pct(i.facility())).setHeader(getTranslation("analysis.col.facility")).setAutoWidth(true);
        grid.addColumn(i -> i.discrimination() == null ? "–" : String.format(Locale.ROOT, "%+.2f", i.discrimination()))
                .setHeader(getTranslation("analysis.col.discrimination")).setAutoWidth(true);
        grid.addColumn(i -> i.right() + " / " + i.planted()).setHeader(getTranslation("analysis.col.right")).setAutoWidth(true);
        grid.addColumn(i -> i.commonWrongAct() == null ? "–" : wrongAct(i.commonWrongAct()) + " (" + i.commonWrongActCount() + "×)")
                .setHeader(getTranslation("analysis.col.common")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(ItemAnalysis.Item::falseFlags).setHeader(getTranslation("analysis.col.false-flags")).setAutoWidth(true);
        grid.setItems(a.items());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setId("analysis-items");
        return grid;
    }

    private String wrongAct(String act) {
        if (act.equals("MISSED")) {
            return getTranslation("analysis.act.missed");
        }
        String[] parts = act.split("=", 2);
        String field = parts[0].equals("null") ? "" : getTranslation("field." + parts[0]) + " → ";
        return field + (parts.length > 1 ? parts[1] : "");
    }

    private Grid<ItemAnalysis.OperatorSignal> signals(ItemAnalysis a) {
        var grid = new Grid<ItemAnalysis.OperatorSignal>();
        grid.addComponentColumn(s -> new Anchor("pelatih/operator/" + s.username(), s.fullName()))
                .setHeader(getTranslation("progress.col.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(s -> String.format(Locale.ROOT, "%.1f", s.score())).setHeader(getTranslation("operator.score"))
                .setAutoWidth(true);
        grid.addColumn(s -> String.format(Locale.ROOT, "%.2f", s.dPrime())).setHeader("d'").setAutoWidth(true);
        grid.addColumn(s -> String.format(Locale.ROOT, "%+.2f", s.bias()) + " " + getTranslation(s.bias() > 0.25
                ? "analysis.bias.conservative" : s.bias() < -0.25 ? "analysis.bias.liberal" : "analysis.bias.neutral"))
                .setHeader(getTranslation("analysis.col.bias")).setAutoWidth(true);
        grid.addColumn(s -> s.hits() + "/" + s.faulty() + " · " + s.falseAlarms() + "/" + s.clean())
                .setHeader(getTranslation("analysis.col.hits")).setAutoWidth(true);
        grid.setItems(a.signals());
        grid.setAllRowsVisible(true);
        grid.setId("analysis-signals");
        return grid;
    }

    private static String pct(double v) {
        return id.siksacademy.base.text.Share.percent(v);
    }
}
