package id.siksacademy.scoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.base.ui.ChartBox;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.content.Content;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.scoring.Progress;
import id.siksacademy.scoring.ScoringService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Map;

/** Kemajuan saya: mastery per competency (Bayesian Knowledge Tracing) as a chart, and what to do next. */
@Route("kemajuan")
@RolesAllowed(Role.Names.OPERATOR)
@Menu(order = 10, icon = "vaadin:chart", title = "menu.progress")
class ProgressView extends Main implements HasDynamicTitle {


    private final ChartBox chart = new ChartBox();
    private final Progress progress;
    private final Content content;

    private final ExerciseCatalogue exercises;

    ProgressView(ScoringService scoring, AttemptService attempts, Content content, ExerciseCatalogue exercises) {
        this.exercises = exercises;
        this.content = content;
        addClassName("progress-view");
        scoring.scorePending();
        progress = scoring.progress();
        add(new ViewHeader(getTranslation("progress.title"), getTranslation("progress.lead",
                Math.round(progress.masteredAt() * 100))));
        chart.setId("mastery-chart");
        if (progress.history().isEmpty()) { // the prior is no measurement: say there is none yet
            var none = new Paragraph(getTranslation("progress.nothing-scored"));
            none.addClassName("info-note");
            none.setId("nothing-scored");
            add(none, recommendation(attempts));
            return;
        }
        configureChart();
        add(chart, table(), recommendation(attempts));
        if (!progress.history().isEmpty()) {
            add(new H2(getTranslation("progress.history")));
            var list = new Div();
            list.addClassName("attempt-list");
            list.addClassName("score-list");
            progress.history().forEach(p -> {
                var score = new Span(String.format(Locale.ROOT, "%.1f", p.score()));
                score.addClassName("attempt-score");
                list.add(new Div(new Span(exercises.exercise(p.exerciseId()).map(e -> e.title().in(getLocale()))
                        .orElse(p.exerciseId())), score));
            });
            add(list);
        }
    }

    private void configureChart() {
        var labels = progress.mastery().keySet().stream().toList();
        var values = progress.mastery().entrySet().stream() // no bar where there is no evidence, only the prior
                .map(e -> progress.evidenced(e.getKey()) ? (Object) Math.round(e.getValue() * 100) : null).toList();
        var config = Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", java.util.List.of(Map.of(
                        "label", getTranslation("progress.mastery"), "data", values, "backgroundColor", "#0b6e4f"))),
                "options", Map.of("responsive", true, "maintainAspectRatio", false, "animation", false,
                        "scales", Map.of("y", Map.of("min", 0, "max", 100))));
        chart.setConfig(new java.util.HashMap<>(config));
    }

    private Div table() {
        var rows = new Div();
        rows.addClassName("mastery-table");
        rows.setId("mastery-table");
        progress.mastery().forEach((id, value) -> {
            var title = content.curriculum().competency(id).map(c -> c.title().in(getLocale())).orElse(id);
            boolean evidence = progress.evidenced(id);
            var status = new Span(getTranslation(!evidence ? "progress.no-evidence"
                    : value >= progress.masteredAt() ? "progress.mastered" : "progress.learning"));
            status.getElement().getThemeList().add(!evidence ? "badge" : value >= progress.masteredAt() ? "badge success"
                    : "badge contrast");
            rows.add(new Div(new Span(id + " " + title), new Span(evidence ? Math.round(value * 100) + "%" : "–"), status));
        });
        return rows;
    }

    private Card recommendation(AttemptService attempts) {
        var card = new Card();
        card.setTitle(getTranslation("progress.next"));
        card.setId("recommendation");
        var exercise = progress.recommendedExercise() == null ? null : exercises.exercise(progress.recommendedExercise())
                .orElse(null);
        if (exercise == null) {
            card.add(new Paragraph(getTranslation("progress.no-recommendation")));
            return card;
        }
        String weakest = content.curriculum().competency(progress.weakestCompetency()).map(c -> c.title().in(getLocale()))
                .orElse(progress.weakestCompetency());
        card.add(new Paragraph(progress.history().isEmpty() ? getTranslation("progress.start-here")
                : getTranslation("progress.because", weakest)), new Paragraph(exercise.title().in(getLocale())));
        var start = new Button(getTranslation("exercise.start"), e -> start(attempts, exercise.id()));
        start.addThemeVariants(ButtonVariant.PRIMARY);
        card.addToFooter(start);
        return card;
    }

    private void start(AttemptService attempts, String exerciseId) {
        try {
            long id = attempts.startOrResume(exerciseId).id();
            getUI().ifPresent(ui -> ui.navigate("sandbox/" + id));
        } catch (id.siksacademy.attempt.ExerciseLockedException e) {
            com.vaadin.flow.component.notification.Notification.show(getTranslation("exercise.locked"), 6000,
                    com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER);
        } catch (RuntimeException e) {
            id.siksacademy.base.ui.Failures.show("exercise.start-failed", e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress.title") + " | SIKS Academy";
    }
}
