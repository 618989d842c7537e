package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.siksacademy.attempt.AttemptClosedException;
import id.siksacademy.attempt.AttemptNotFoundException;
import id.siksacademy.attempt.StaleAttemptException;
import id.siksacademy.base.ui.Failures;
import id.siksacademy.base.ui.SimulationBanner;
import id.siksacademy.base.ui.Times;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxRefusedException;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.sandbox.Workspace;
import id.siksacademy.account.Role;
import java.util.Optional;

/**
 * The frame of every sandbox screen: the DATA SIMULASI banner with the village's name, the
 * exercise, the screens of the replica, and the one way to record an action.
 */
abstract class SandboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    protected final SandboxService sandbox;
    private java.util.List<id.siksacademy.sandbox.SandboxGuide> guides = java.util.List.of();
    protected Workspace ws;
    protected long attemptId;
    private final Div body = new Div();

    SandboxView(SandboxService sandbox) {
        this.sandbox = sandbox;
        addClassName("sandbox-view");
        body.addClassName("sandbox-body");
    }

    /** The side panels other features provide (the guided steps and hints). */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setGuides(java.util.List<id.siksacademy.sandbox.SandboxGuide> guides) {
        this.guides = guides;
    }

    private id.siksacademy.base.security.CurrentUser currentUser;

    @org.springframework.beans.factory.annotation.Autowired
    void setCurrentUser(id.siksacademy.base.security.CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("attemptId");
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        attemptId = id.get();
        try {
            ws = currentUser.hasRole(Role.Names.OPERATOR) ? sandbox.open(attemptId)
                    : sandbox.review(attemptId, reviewStep(event));
        } catch (org.springframework.security.access.AccessDeniedException e) { // not your operator's attempt
            event.rerouteToError(NotFoundException.class, getTranslation("attempt.not-found"));
            return;
        } catch (AttemptNotFoundException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("attempt.not-found"));
            return;
        } catch (id.siksacademy.attempt.AttemptRetiredException e) {
            removeAll();
            add(new id.siksacademy.base.ui.ViewHeader(getTranslation(titleKey()), ""),
                    new Paragraph(getTranslation("attempt.retired")),
                    new com.vaadin.flow.component.html.Anchor("", getTranslation("attempt.home")));
            return;
        }
        removeAll();
        body.removeAll();
        add(frame());
        for (var guide : ws.reviewing() ? java.util.List.<id.siksacademy.sandbox.SandboxGuide>of() : guides) {
            guide.panel(() -> ws, action -> record(action).isPresent()).ifPresent(this::add);
        }
        add(body);
        render(event, body);
    }

    /**
     * A trainer's review step: {@code ?langkah=k} when the timeline opened the sandbox, then kept for
     * this tab while they move between screens; all actions when none was given.
     */
    private int reviewStep(BeforeEnterEvent event) {
        var ui = event.getUI();
        String key = "review-step-" + attemptId;
        var asked = event.getLocation().getQueryParameters().getSingleParameter("langkah");
        if (asked.isPresent() && asked.get().matches("\\d{1,6}")) {
            com.vaadin.flow.component.ComponentUtil.setData(ui, key, Integer.valueOf(asked.get()));
        }
        Object kept = com.vaadin.flow.component.ComponentUtil.getData(ui, key);
        return kept instanceof Integer step ? step : Integer.MAX_VALUE;
    }

    /** Data DTKS rows: from the service, or from the reviewed state at hand. */
    protected java.util.stream.Stream<id.siksacademy.sandbox.HouseholdRow> rows(id.siksacademy.sandbox.DtksFilter filter,
                                                                                 int offset, int limit) {
        return ws.reviewing() ? SandboxService.rowsOf(ws.state(), filter).skip(offset).limit(limit)
                : sandbox.rows(attemptId, filter, offset, limit);
    }

    protected int count(id.siksacademy.sandbox.DtksFilter filter) {
        return ws.reviewing() ? (int) SandboxService.rowsOf(ws.state(), filter).count() : sandbox.count(attemptId, filter);
    }

    /** The screen's own content, below the frame and any side panel. */
    protected Div body() {
        return body;
    }

    /** Fills the screen's body; the frame is already there. */
    protected abstract void render(BeforeEnterEvent event, Div body);

    protected abstract String titleKey();

    @Override
    public String getPageTitle() {
        return words(titleKey()) + " | SIKS Academy";
    }

    private Component frame() {
        var village = ws.state().scenario().village();
        var banner = new SimulationBanner(getTranslation("sandbox.village", village.isKelurahan() ? "Kelurahan" : "Desa",
                village.name(), ws.state().scenario().village().code()));
        var title = new H1(words(titleKey()));
        var exercise = new Paragraph(ws.attempt().title(getLocale()));
        exercise.addClassName("sandbox-exercise");
        var head = new Div(banner, nav(), title, exercise);
        head.addClassName("sandbox-head");
        if (ws.reviewing()) {
            var back = new com.vaadin.flow.component.html.Anchor("pelatih/tinjau/" + attemptId + "?langkah="
                    + ws.review().step(), getTranslation("review.back"));
            back.setId("review-back");
            var note = callout(getTranslation("review.state", ws.review().step(), ws.review().total()));
            note.addClassName("review-callout");
            note.setId("review-state");
            head.add(note, back);
        } else if (!ws.attempt().open()) {
            head.add(callout(getTranslation("sandbox.submitted")),
                    new com.vaadin.flow.component.html.Anchor("hasil/" + attemptId, getTranslation("sandbox.see-result")));
        } else if (ws.attempt().deadlineAt() != null) {
            String deadline = getTranslation("sandbox.deadline", Times.minute(ws.attempt().deadlineAt(), getLocale()));
            head.add(sandbox.timeLeft(ws).<com.vaadin.flow.component.Component>map(left -> new ExamCountdown(left, deadline,
                    this::getTranslation)).orElseGet(() -> callout(deadline)));
        }
        return head;
    }

    private Nav nav() {
        var nav = new Nav();
        nav.addClassName("sandbox-nav");
        for (var screen : SandboxScreens.ALL) {
            var link = new RouterLink(words(screen.titleKey()), screen.view(), params());
            if (screen.titleKey().equals(titleKey())) {
                link.addClassName("current");
            }
            nav.add(link);
        }
        // on a phone the strip scrolls: bring the current screen's tab into view
        nav.getElement().executeJs("const c = this.querySelector('a.current');"
                + " if (c) this.scrollLeft = c.offsetLeft - (this.clientWidth - c.offsetWidth) / 2;");
        return nav;
    }

    protected RouteParameters params() {
        return new RouteParameters("attemptId", Long.toString(attemptId));
    }

    protected RouteParameters params(String householdId) {
        return new RouteParameters(java.util.Map.of("attemptId", Long.toString(attemptId), "householdId", householdId));
    }

    protected void go(Class<? extends Component> view) {
        getUI().ifPresent(ui -> ui.navigate(view, params()));
    }

    protected void go(Class<? extends Component> view, String householdId) {
        getUI().ifPresent(ui -> ui.navigate(view, params(householdId)));
    }

    private static Paragraph callout(String text) {
        var p = new Paragraph(text);
        p.addClassName("callout");
        return p;
    }

    /**
     * Records an action and refreshes the workspace. A refusal is shown; a stale or closed attempt
     * reloads the page (nothing was written); any other failure is reported with its correlation id
     * and the page stays as typed.
     */
    protected Optional<SandboxService.Recorded> record(SandboxAction action) {
        if (ws.reviewing()) {
            return Optional.empty(); // a review changes nothing
        }
        try {
            var recorded = sandbox.record(attemptId, ws.actionCount(), action);
            ws = sandbox.open(attemptId);
            return Optional.of(recorded);
        } catch (SandboxRefusedException e) {
            notify(message(e.problem()), NotificationVariant.ERROR);
        } catch (StaleAttemptException e) {
            reloadWith("attempt.stale");
        } catch (AttemptClosedException e) {
            reloadWith("attempt.closed");
        } catch (RuntimeException e) { // not a refusal, not another tab: say so, keep the form as typed
            Failures.saveFailed(e);
        }
        return Optional.empty();
    }

    /** A refusal in words; for a member of an entry, which member and field too. */
    protected String message(id.siksacademy.sandbox.FieldRules.Problem problem) {
        String text = getTranslation(problem.key(), problem.params());
        return problem.member() == null ? text : getTranslation("sandbox.error.in-member", problem.member(),
                getTranslation("field." + problem.field().name()), text);
    }

    protected void reloadWith(String key) {
        notify(getTranslation(key), NotificationVariant.WARNING);
        getUI().ifPresent(ui -> ui.getPage().reload());
    }

    protected void saved() {
        notify(getTranslation("sandbox.saved"), NotificationVariant.SUCCESS);
    }

    protected static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    /** Texts that name the database: DTSEN since 2025, DTKS in the historical scenarios. */
    private static final java.util.Set<String> NAMES_THE_DATABASE = java.util.Set.of("sandbox.dtks.title",
            "sandbox.beranda.start");

    protected String words(String key) {
        boolean dtsen = ws != null && ws.state().scenario().regime().dtsen();
        return getTranslation(dtsen && NAMES_THE_DATABASE.contains(key) ? key + "-dtsen" : key);
    }

    /** A translated enum value: "enum.&lt;Type&gt;.&lt;NAME&gt;". */
    protected String label(Enum<?> value) {
        return value == null ? "-" : getTranslation("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
