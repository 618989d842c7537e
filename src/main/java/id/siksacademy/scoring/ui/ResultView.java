package id.siksacademy.scoring.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.siksacademy.scenario.Regime;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptNotFoundException;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.content.Content;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.sandbox.FieldDisplay;
import id.siksacademy.scoring.AttemptResult;
import id.siksacademy.scoring.CompetencyResult;
import id.siksacademy.scoring.Feedback;
import id.siksacademy.scoring.ScoringService;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;

/**
 * The result of a submitted attempt: score per competency, pass or fail, and every missed fault,
 * wrong fix, false flag and keying error with what was done, what was right, the rule and what
 * it means for the family. Each item opens the household as it was left in the sandbox.
 */
@Route("hasil/:attemptId(\\d{1,18})")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class ResultView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoringService scoring;
    private final AttemptService attempts;
    private final Content content;
    private id.siksacademy.content.Exercise exercise;

    private final id.siksacademy.base.security.CurrentUser currentUser;

    private final ExerciseCatalogue exercises;

    ResultView(ScoringService scoring, AttemptService attempts, Content content,
               id.siksacademy.base.security.CurrentUser currentUser, ExerciseCatalogue exercises) {
        this.exercises = exercises;
        this.currentUser = currentUser;
        this.scoring = scoring;
        this.attempts = attempts;
        this.content = content;
        addClassName("result-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = event.getRouteParameters().getLong("attemptId").orElseThrow();
            boolean operator = currentUser.hasRole(Role.Names.OPERATOR);
            var review = operator ? null : attempts.review(id); // a trainer reads their operator's result
            var attempt = operator ? attempts.summary(id) : review.summary();
            exercise = exercises.exercise(attempt.exerciseId()).orElse(null);
            removeAll();
            add(new ViewHeader(getTranslation("result.title"), attempt.title(getLocale())
                    + (operator ? "" : " · " + attempt.operator())));
            var comments = operator ? attempts.comments(id) : review.comments();
            if (!comments.isEmpty()) {
                add(comments(comments));
            }
            if (!operator) {
                add(new Anchor("pelatih/tinjau/" + id, getTranslation("review.open-timeline")));
            }
            (operator ? scoring.result(id) : scoring.storedResult(id)).ifPresentOrElse(r -> show(id, r), () -> {
                if (!attempt.rebuildable()) {
                    add(new Paragraph(getTranslation("attempt.retired")), new Anchor("", getTranslation("attempt.home")));
                } else {
                    add(new Paragraph(getTranslation("result.open")),
                            new Anchor("sandbox/" + id, getTranslation("attempt.open")));
                }
            });
        } catch (AttemptNotFoundException | java.util.NoSuchElementException
                 | org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** The trainer's comments, first: what they want the operator to take from this attempt. */
    private Div comments(java.util.List<id.siksacademy.attempt.TrainerComment> comments) {
        var box = new Div(new H2(getTranslation("result.comments", comments.size())));
        box.addClassName("comment-box");
        box.setId("trainer-comments");
        for (var c : comments) {
            var line = new Paragraph(c.body());
            line.addClassName("comment-body");
            var who = new Span(getTranslation("result.comment-by", c.author(),
                    id.siksacademy.base.ui.Times.minute(c.createdAt(), getLocale())));
            who.addClassName("comment-by");
            box.add(new Div(line, who));
        }
        return box;
    }

    private void show(long id, AttemptResult r) {
        var score = new Span(format(r.score()));
        score.addClassName("result-score");
        score.setId("result-score");
        var verdict = new Span(getTranslation("result.verdict." + r.verdict().name()));
        verdict.getElement().getThemeList().add(r.verdict() == AttemptResult.Verdict.NOT_PASSED ? "badge error"
                : "badge success");
        verdict.setId("result-verdict");
        var summary = new Div(score, verdict);
        summary.addClassName("result-summary");
        add(summary);
        if (!r.criticalErrors().isEmpty()) {
            add(criticalErrors(id, r));
        }
        if (!r.failedGates().isEmpty()) {
            add(failedGates(r));
        }
        var help = r.help();
        add(new Paragraph(getTranslation("result.summary", percent(r.falseFlagRate()), format(r.pass().overall()))));
        if (help.hints() + help.checks() + help.reveals() > 0) {
            var used = new Paragraph(getTranslation("result.help", help.hints(), help.checks(), help.reveals(),
                    format(help.cost()), format(r.unaidedScore())));
            used.setId("result-help");
            add(used);
        }
        add(new H2(getTranslation("result.competencies")), competencies(r));
        add(new H2(getTranslation("result.feedback", r.feedback().size())));
        if (r.feedback().isEmpty()) {
            add(new Paragraph(getTranslation("result.no-feedback")));
        }
        var list = new Div();
        list.addClassName("feedback-list");
        r.feedback().forEach(f -> list.add(item(id, f)));
        add(list);
        var sdt = r.signalDetection();
        var detection = new Paragraph(getTranslation("result.sdt", String.format(Locale.ROOT, "%.2f", sdt.dPrime()),
                String.format(Locale.ROOT, "%.2f", sdt.bias()), sdt.hits(), sdt.faulty(), sdt.falseAlarms(), sdt.clean()));
        detection.addClassName("result-sdt");
        add(detection, new Anchor("kemajuan", getTranslation("menu.progress")));
    }

    /** First thing on the page: an act that fails the attempt whatever its score, and what it does to a family. */
    private Div criticalErrors(long id, AttemptResult r) {
        var box = new Div(new H2(getTranslation("result.critical.title", r.criticalErrors().size())),
                new Paragraph(getTranslation("result.critical.lead")));
        box.addClassName("critical-box");
        box.setId("critical-errors");
        for (var hit : r.criticalErrors()) {
            var rule = content.criticalError(hit.rule());
            var card = new Card();
            card.setTitle(new Span(rule.map(c -> c.title().in(getLocale())).orElse(hit.rule())
                    + (hit.subject() == null || hit.subject().isEmpty() ? "" : ": " + hit.subject())));
            rule.ifPresent(c -> {
                var consequence = new Paragraph(getTranslation("result.consequence", c.consequence().in(getLocale())));
                consequence.addClassName("consequence");
                card.add(consequence);
            });
            card.addToFooter(new Anchor("sandbox/" + id + "/keluarga/" + hit.householdId(),
                    getTranslation("result.open-household")));
            box.add(card);
        }
        return box;
    }

    private Div failedGates(AttemptResult r) {
        var box = new Div(new H2(getTranslation("result.gates.title")));
        box.addClassName("gates-box");
        box.setId("failed-gates");
        for (var gate : r.failedGates()) {
            box.add(new Paragraph(gateText(gate)));
        }
        return box;
    }

    private String gateText(AttemptResult.Gate g) {
        return switch (g.kind()) {
            case OVERALL -> getTranslation("result.gate.overall", format(g.value()), format(g.threshold()));
            case COMPETENCY -> getTranslation("result.gate.competency", g.subject() + " " + content.curriculum()
                    .competency(g.subject()).map(c -> c.title().in(getLocale())).orElse(""), format(g.value()),
                    format(g.threshold()));
            case STEP -> getTranslation("result.gate.step", stepNumber(g.subject()), format(g.value()),
                    format(g.threshold()));
            case WORKFLOW -> getTranslation("result.gate.workflow");
            case FALSE_FLAGS -> getTranslation("result.gate.false-flags", percent(g.value()), percent(g.threshold()));
        };
    }

    private int stepNumber(String stepId) {
        var steps = exercise == null ? java.util.List.<id.siksacademy.content.Exercise.Step>of() : exercise.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i + 1;
            }
        }
        return 0;
    }

    private Grid<CompetencyResult> competencies(AttemptResult r) {
        var grid = new Grid<CompetencyResult>();
        grid.addColumn(c -> c.competency() + " " + content.curriculum().competency(c.competency())
                .map(x -> x.title().in(getLocale())).orElse("")).setHeader(getTranslation("result.competency"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.score() == null ? "-" : format(c.score())).setHeader(getTranslation("result.score"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.gate() == null ? "-" : format(c.gate())).setHeader(getTranslation("result.gate"))
                .setAutoWidth(true);
        grid.addColumn(c -> percent(c.recall())).setHeader(getTranslation("result.recall")).setAutoWidth(true);
        grid.addColumn(c -> percent(c.precision())).setHeader(getTranslation("result.precision")).setAutoWidth(true);
        grid.addColumn(c -> percent(c.correctionAccuracy())).setHeader(getTranslation("result.correction")).setAutoWidth(true);
        grid.addColumn(c -> percent(c.entryAccuracy())).setHeader(getTranslation("result.entry")).setAutoWidth(true);
        grid.setItems(r.competencies());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setId("result-competencies");
        return grid;
    }

    private Card item(long id, Feedback f) {
        var card = new Card();
        card.addClassName("feedback-item");
        card.setTitle(getTranslation("result.kind." + f.kind().name()) + (f.subject().isEmpty() ? "" : ": " + f.subject()));
        if (f.fault() != null) {
            card.setSubtitle(new Span(content.fault(f.fault()).explanation().in(getLocale())));
        }
        if (f.kind() != Feedback.Kind.WORKFLOW) {
            card.add(new Paragraph(getTranslation("result.did", FieldDisplay.name(this::getTranslation, f.field()),
                    FieldDisplay.value(this::getTranslation, f.field(), f.did()))));
            card.add(new Paragraph(getTranslation("result.right", FieldDisplay.value(this::getTranslation, f.field(), f.expected()))));
        } else {
            card.add(new Paragraph(getTranslation("result.workflow." + f.field())));
        }
        if (f.fault() != null) {
            var consequence = new Paragraph(getTranslation("result.consequence",
                    content.fault(f.fault()).consequence(exercise == null ? Regime.DTSEN_2025
                            : exercise.scenario().regime()).in(getLocale())));
            consequence.addClassName("consequence");
            card.add(consequence);
        }
        if (f.householdId() != null && !f.householdId().isEmpty()) {
            card.addToFooter(new Anchor("sandbox/" + id + "/keluarga/" + f.householdId(), getTranslation("result.open-household")));
        }
        return card;
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String percent(Double v) {
        return v == null ? "-" : Math.round(v * 100) + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("result.title") + " | SIKS Academy";
    }
}
