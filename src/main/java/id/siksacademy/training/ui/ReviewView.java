package id.siksacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptNotFoundException;
import id.siksacademy.attempt.AttemptReview;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.attempt.TrainerComment;
import id.siksacademy.base.ui.Failures;
import id.siksacademy.base.ui.Times;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scoring.AttemptResult;
import id.siksacademy.scoring.Feedback;
import id.siksacademy.scoring.ScoringService;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/**
 * Tinjau percobaan: the operator's recorded actions as a timeline beside what the answer key found
 * of them. Each action opens the sandbox as it was right after it, in the operator's own screens,
 * read-only; actions on households with a critical error or a wrong act are marked; misses are listed.
 * The trainer's comments appear on the operator's result page.
 */
@Route("pelatih/tinjau/:attemptId(\\d{1,18})")
@RolesAllowed({Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class ReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** How an action's household came out in the result, worst first. */
    enum Mark { CRITICAL, WRONG, NONE }

    record Line(SandboxService.TimelineEntry entry, String text, String household, Mark mark) {
    }

    private final AttemptService attempts;
    private final SandboxService sandbox;
    private final ScoringService scoring;
    private long attemptId;
    private String title = "";

    ReviewView(AttemptService attempts, SandboxService sandbox, ScoringService scoring) {
        this.attempts = attempts;
        this.sandbox = sandbox;
        this.scoring = scoring;
        addClassName("review-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        AttemptReview review;
        try {
            review = attempts.review(attemptId);
        } catch (AccessDeniedException | AttemptNotFoundException e) { // not your operator's: as if it did not exist
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var summary = review.summary();
        title = getTranslation("review.title");
        var result = scoring.storedResult(attemptId).orElse(null);
        add(new ViewHeader(getTranslation("review.title"), summary.title(getLocale()) + " · " + summary.operator()
                + " · " + getTranslation("operator.started") + " " + Times.minute(summary.startedAt(), getLocale())));
        add(resultLine(result, summary.open()), new Anchor("pelatih/operator/" + summary.operator(), getTranslation("review.operator")));
        add(comments(review.comments()));
        if (review.scenario() == null) {
            add(new Paragraph(getTranslation("attempt.retired")));
            return;
        }
        var lines = lines(result);
        var provider = new com.vaadin.flow.data.provider.ListDataProvider<>(lines);
        add(new H2(getTranslation("review.timeline", lines.size())), legend(),
                timeline(provider, lines.stream().mapToInt(l -> l.entry().seq()).max().orElse(1)));
        if (result != null) {
            add(missed(result));
        }
    }

    private Div resultLine(AttemptResult result, boolean open) {
        var line = new Div();
        line.addClassName("review-result");
        if (result == null) {
            line.add(new Span(getTranslation(open ? "attempt.status.open"
                    : "attempt.status.submitted")));
            return line;
        }
        var verdict = new Span(getTranslation("result.verdict." + result.verdict().name()));
        verdict.getElement().getThemeList().add(result.passed() ? "badge success" : "badge error");
        line.add(new Span(String.format(Locale.ROOT, "%.1f", result.score())), verdict,
                new Span(getTranslation("review.critical", result.criticalErrors().size())),
                new Span(getTranslation("operator.help", result.help().hints(), result.help().checks(),
                        result.help().reveals())),
                new Anchor("hasil/" + attemptId, getTranslation("review.open-result")));
        return line;
    }

    private List<Line> lines(AttemptResult result) {
        var marks = new HashMap<String, Mark>();
        if (result != null) {
            for (Feedback f : result.feedback()) {
                if (f.householdId() != null && f.kind() != Feedback.Kind.MISSED && f.kind() != Feedback.Kind.WORKFLOW) {
                    marks.merge(f.householdId(), Mark.WRONG, ReviewView::worse);
                }
            }
            result.criticalErrors().forEach(c -> marks.put(c.householdId(), Mark.CRITICAL));
        }
        return sandbox.timeline(attemptId).stream().map(e -> {
            String household = ActionText.household(e.action());
            return new Line(e, ActionText.describe(e.action(), this::getTranslation), household,
                    household == null ? Mark.NONE : marks.getOrDefault(household, Mark.NONE));
        }).toList();
    }

    private static Mark worse(Mark a, Mark b) {
        return a.ordinal() <= b.ordinal() ? a : b;
    }

    private Div legend() {
        var legend = new Div();
        legend.addClassName("matrix-legend");
        for (Mark m : new Mark[] {Mark.CRITICAL, Mark.WRONG}) {
            var s = new Span(getTranslation("review.mark." + m.name()));
            s.addClassNames("review-mark", m.name().toLowerCase(Locale.ROOT));
            legend.add(s);
        }
        return legend;
    }

    private Grid<Line> timeline(com.vaadin.flow.data.provider.ListDataProvider<Line> lines, int lastSeq) {
        var grid = new Grid<Line>();
        // wide enough for the last number, not just the first page's (auto width measures only rows in view)
        grid.addColumn(l -> l.entry().seq()).setHeader("#").setWidth((String.valueOf(lastSeq).length() + 3) + "ch")
                .setFlexGrow(0);
        grid.addColumn(l -> Times.second(l.entry().at(), getLocale())).setHeader(getTranslation("review.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(l -> {
            var text = new Span(l.text());
            if (ActionText.kind(l.entry().action()).changesData) {
                text.addClassName("review-changes-data"); // set apart from look-ups and help
            }
            if (l.mark() != Mark.NONE) {
                text.addClassNames("review-mark", l.mark().name().toLowerCase(Locale.ROOT));
            }
            return text;
        }).setHeader(getTranslation("review.action")).setFlexGrow(3);
        grid.addComponentColumn(l -> {
            String path = l.household() == null ? "" : "/keluarga/" + l.household();
            var open = new Anchor("sandbox/" + attemptId + path + "?langkah=" + l.entry().seq(), getTranslation("review.see"));
            open.setId("see-" + l.entry().seq());
            return open;
        }).setHeader(getTranslation("review.state-after")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(lines);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("review.no-actions"));
        grid.setId("review-timeline");
        grid.addClassName("review-timeline");
        return grid;
    }

    private Div missed(AttemptResult result) {
        var missed = result.feedback().stream().filter(f -> f.kind() == Feedback.Kind.MISSED).toList();
        var box = new Div(new H2(getTranslation("review.missed", missed.size())));
        box.setId("review-missed");
        for (Feedback f : missed) {
            var line = new Div(new Span(f.subject()), new Span(f.fault() == null ? "" : " · " + f.fault().name()));
            if (f.householdId() != null) {
                line.add(new Anchor("sandbox/" + attemptId + "/keluarga/" + f.householdId(), " " + getTranslation("review.see")));
            }
            line.addClassName("review-missed-line");
            box.add(line);
        }
        if (missed.isEmpty()) {
            box.add(new Paragraph(getTranslation("review.none-missed")));
        }
        return box;
    }

    private Div comments(List<TrainerComment> comments) {
        var box = new Div(new H2(getTranslation("review.comments")));
        box.addClassName("comment-box");
        box.setId("review-comments");
        for (var c : comments) {
            box.add(new Paragraph(c.body() + " — " + c.author() + ", " + Times.minute(c.createdAt(), getLocale())));
        }
        var text = new TextArea(getTranslation("review.comment.label"));
        text.setMaxLength(2000);
        text.setWidthFull();
        text.setId("review-comment-text");
        var send = new Button(getTranslation("review.comment.send"), e -> {
            if (text.getValue().isBlank()) {
                text.setErrorMessage(getTranslation("review.comment.empty"));
                text.setInvalid(true);
                return;
            }
            try {
                var saved = attempts.comment(attemptId, text.getValue());
                box.addComponentAtIndex(box.getComponentCount() - 2, new Paragraph(saved.body() + " — " + saved.author()
                        + ", " + Times.minute(saved.createdAt(), getLocale())));
                text.clear();
                text.setInvalid(false);
                Notification.show(getTranslation("review.comment.saved"), 3000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (RuntimeException ex) { // keep the typed text, say what happened
                Failures.saveFailed(ex);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setId("review-comment-send");
        box.add(text, send);
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " | SIKS Academy";
    }
}
