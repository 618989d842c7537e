package id.siksacademy.home;

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
import id.siksacademy.account.AccountService;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.attempt.AttemptSummary;
import id.siksacademy.attempt.ExerciseLockedException;
import id.siksacademy.base.ui.Failures;
import id.siksacademy.base.ui.Times;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.content.Content;
import id.siksacademy.region.Regions;
import id.siksacademy.content.Exercise;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.scoring.ExerciseStatus;
import id.siksacademy.scoring.ScoringService;
import id.siksacademy.region.ui.DesaPicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.siksacademy.certification.CertificateStatus;
import id.siksacademy.certification.CertificateView;
import id.siksacademy.certification.CertificationService;
import id.siksacademy.certification.PublicUrls;
import id.siksacademy.training.AssignmentService;
import java.io.ByteArrayInputStream;
import id.siksacademy.training.Task;
import java.util.Map;
import java.util.stream.Collectors;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * An operator's home: their trainer's assignments first (Tugas, with due dates), where they left off,
 * the exercise catalogue (locked, available, passed, best score) and their own attempts.
 */
@Route("operator")
@RolesAllowed(Role.Names.OPERATOR)
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
class OperatorHomeView extends Main implements HasDynamicTitle {

    private final AttemptService attempts;
    private final Map<String, ExerciseStatus> statuses;
    private final Map<Long, Double> scores;
    private final Content content;
    private final Regions regions;
    private final CertificationService certification;
    private final PublicUrls urls;

    private final ExerciseCatalogue exercises;

    OperatorHomeView(AccountService accounts, AttemptService attempts, ScoringService scoring, Content content,
                     AssignmentService assignments, ExerciseCatalogue exercises, CertificationService certification,
                     PublicUrls urls, Regions regions) {
        this.regions = regions;
        this.exercises = exercises;
        this.certification = certification;
        this.urls = urls;
        this.attempts = attempts;
        this.content = content;
        addClassName("home-view");
        scoring.scorePending();
        statuses = scoring.catalogue().stream().collect(Collectors.toMap(ExerciseStatus::exerciseId, s -> s));
        scores = scoring.scores();
        add(new ViewHeader(getTranslation("home.welcome", accounts.currentFullName()),
                getTranslation("home.operator.lead")));
        accounts.currentDesa().ifPresent(code -> {
            var desa = new Paragraph(getTranslation("home.operator.desa", DesaPicker.label(regions, code)));
            desa.addClassName("home-desa");
            desa.setId("home-desa");
            add(desa);
        });
        var held = certification.mine();
        if (!held.isEmpty()) {
            add(certificates(held));
        }
        List<AttemptSummary> mine = attempts.mine();
        var tasks = assignments.myTasks();
        if (!tasks.isEmpty()) { // the trainer's assignments come first
            add(tasks(tasks, mine));
        }
        var open = mine.stream().filter(AttemptSummary::open)
                .filter(a -> tasks.stream().noneMatch(t -> t.exerciseId().equals(a.exerciseId()))).toList();
        if (!open.isEmpty()) { // first thing on a phone: where one left off
            add(resume(open));
        }
        add(new H2(getTranslation("home.operator.exercises")), exercises(content.exercises(), mine));
        add(new H2(getTranslation("home.operator.attempts")), attemptList(mine));
        var synthetic = new Paragraph(getTranslation("home.operator.synthetic.text"));
        synthetic.addClassName("callout");
        add(synthetic);
    }

    private Div exercises(List<Exercise> exercises, List<AttemptSummary> mine) {
        var cards = new Div();
        cards.addClassName("info-cards");
        for (Exercise e : exercises) {
            var card = new Card();
            card.setTitle(e.title().in(getLocale()));
            card.setSubtitle(new Span(getTranslation("exercise.mode." + e.mode().name()) + " · "
                    + getTranslation("exercise.minutes", e.estimatedMinutes())
                    + (e.timed() ? " · " + getTranslation("exercise.time-limit", e.timeLimitMinutes()) : "")));
            card.add(new Paragraph(e.instructions().in(getLocale())));
            var trains = new Paragraph(getTranslation("exercise.trains", String.join(", ", e.competencies().stream()
                    .map(c -> content.curriculum().competency(c).map(x -> c + " " + x.title().in(getLocale())).orElse(c))
                    .toList())));
            trains.addClassName("exercise-trains");
            card.add(trains);
            var status = statuses.get(e.id());
            card.setHeaderSuffix(statusBadge(status));
            if (status.state() == ExerciseStatus.State.LOCKED) {
                card.add(new Paragraph(getTranslation("exercise.locked-because", String.join(", ", status
                        .missingPrerequisites().stream().map(p -> this.exercises.exercise(p).map(x -> x.title().in(getLocale()))
                                .orElse(p)).toList()))));
            } else {
                boolean open = mine.stream().anyMatch(a -> a.open() && a.exerciseId().equals(e.id()));
                var start = new Button(getTranslation(open ? "exercise.resume" : "exercise.start"), ev -> start(e.id()));
                start.addThemeVariants(ButtonVariant.PRIMARY);
                start.setId("start-" + e.id());
                card.addToFooter(start);
            }
            cards.add(card);
        }
        return cards;
    }

    /** The operator's certificates: status, validity, the PDF and the public page; a notice before expiry. */
    private Div certificates(List<CertificateView> held) {
        var box = new Div(new H2(getTranslation("home.operator.certificates")));
        box.addClassName("certificate-box");
        box.setId("certificates");
        for (CertificateView c : held) {
            var status = new Span(getTranslation("verify.status." + c.status().name()));
            status.getElement().getThemeList().add(c.status() == CertificateStatus.BERLAKU ? "badge success" : "badge error");
            var title = new Span("en".equals(getLocale().getLanguage()) ? c.levelTitleEn() : c.levelTitleId());
            title.addClassName("task-title");
            String url = urls.verification(c.code());
            var pdf = new Anchor(DownloadHandler.fromInputStream(e -> {
                byte[] bytes = certification.pdf(c.code(), url);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "sertifikat-" + c.code() + ".pdf",
                        "application/pdf", bytes.length);
            }), getTranslation(c.status() == CertificateStatus.BERLAKU ? "home.operator.certificate.pdf"
                    : "home.operator.certificate.pdf-invalid"));
            pdf.setId("certificate-pdf-" + c.code());
            var line = new Div(title, status, new Span(getTranslation("home.operator.certificate.until",
                    Times.date(c.expiresAt().atZone(Times.WIB).toLocalDate(), getLocale()))), pdf,
                    new Anchor("verifikasi/" + c.code(), getTranslation("home.operator.certificate.public")));
            line.addClassName("task-line");
            box.add(line);
            if (c.expiringSoon()) {
                var notice = new Paragraph(getTranslation("home.operator.certificate.expiring"));
                notice.addClassName("callout");
                notice.setId("certificate-expiring");
                box.add(notice);
            }
        }
        return box;
    }

    private Div tasks(List<Task> tasks, List<AttemptSummary> mine) {
        var box = new Div(new H2(getTranslation("home.operator.tasks")));
        box.addClassName("task-box");
        box.setId("tasks");
        for (Task t : tasks) {
            var exercise = exercises.exercise(t.exerciseId()).orElseThrow();
            var catalogued = statuses.get(t.exerciseId()); // null for a trainer's built exercise: never locked
            var title = new Span(exercise.title().in(getLocale()));
            title.addClassName("task-title");
            var due = new Span(t.dueOn() == null ? getTranslation("task.no-due")
                    : getTranslation("task.due", Times.date(t.dueOn(), getLocale())));
            due.addClassName("task-due");
            var state = new Span(getTranslation("task.state." + t.state().name()));
            state.getElement().getThemeList().add(t.overdue() ? "badge error" : switch (t.state()) {
                case PASSED -> "badge success";
                case SUBMITTED -> "badge contrast";
                default -> "badge";
            });
            if (t.overdue()) {
                state.setText(getTranslation("task.overdue"));
            }
            var line = new Div(title, state, due, new Span(t.cohortName()));
            line.addClassName("task-line");
            boolean locked = catalogued != null && catalogued.state() == ExerciseStatus.State.LOCKED;
            if (!t.state().done() && !locked) {
                boolean open = mine.stream().anyMatch(a -> a.open() && a.exerciseId().equals(t.exerciseId()));
                var go = new Button(getTranslation(open ? "exercise.resume" : "exercise.start"), e -> start(t.exerciseId()));
                go.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
                go.setId("task-" + t.assignmentId());
                line.add(go);
            } else if (locked) {
                line.add(new Span(getTranslation("task.locked")));
            }
            box.add(line);
        }
        return box;
    }

    private Div resume(List<AttemptSummary> open) {
        var box = new Div(new H2(getTranslation("home.operator.resume")));
        box.addClassName("resume-box");
        box.setId("resume");
        for (AttemptSummary a : open) {
            var go = new Button(getTranslation("exercise.resume"), e -> open(a.id()));
            go.addThemeVariants(ButtonVariant.PRIMARY);
            go.setId("resume-" + a.id());
            var line = new Div(new Span(a.title(getLocale())), go);
            line.addClassName("resume-line");
            box.add(line);
        }
        return box;
    }

    private Div attemptList(List<AttemptSummary> mine) {
        var list = new Div();
        list.addClassName("attempt-list");
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("home.operator.no-attempts")));
        }
        for (AttemptSummary a : mine) {
            var status = new Span(getTranslation(a.open() ? "attempt.status.open"
                    : scores.containsKey(a.id()) ? "attempt.status.scored" : "attempt.status.submitted"));
            status.getElement().getThemeList().add(a.open() ? "badge" : "badge success");
            var line = new Div(new Span(a.title(getLocale())), status,
                    new Span(getTranslation("attempt.started", Times.minute(a.startedAt(), getLocale()))));
            if (scores.containsKey(a.id())) {
                line.add(new Span(getTranslation("attempt.score", String.format(java.util.Locale.ROOT, "%.1f",
                        scores.get(a.id())))));
            }
            var open = new Button(getTranslation(a.open() ? "attempt.open" : "attempt.result"),
                    e -> getUI().ifPresent(ui -> ui.navigate(a.open() ? "sandbox/" + a.id() : "hasil/" + a.id())));
            open.addThemeVariants(ButtonVariant.TERTIARY);
            line.add(open);
            line.addClassName("attempt-line");
            list.add(line);
        }
        return list;
    }

    private Span statusBadge(ExerciseStatus status) {
        String text = getTranslation("exercise.status." + status.state().name())
                + (status.bestScore() == null ? "" : " · " + String.format(java.util.Locale.ROOT, "%.1f", status.bestScore()));
        var badge = new Span(text);
        badge.getElement().getThemeList().add(switch (status.state()) {
            case PASSED -> "badge success";
            case LOCKED -> "badge contrast";
            case AVAILABLE -> "badge";
        });
        return badge;
    }

    private void start(String exerciseId) {
        try {
            open(attempts.startOrResume(exerciseId).id());
        } catch (ExerciseLockedException e) {
            var notice = Notification.show(getTranslation("exercise.locked"), 6000, Notification.Position.TOP_CENTER);
            notice.addThemeVariants(NotificationVariant.WARNING);
        } catch (RuntimeException e) {
            Failures.show("exercise.start-failed", e);
        }
    }

    private void open(long attemptId) {
        getUI().ifPresent(ui -> ui.navigate("sandbox/" + attemptId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | SIKS Academy";
    }
}
