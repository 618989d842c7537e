package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.siksacademy.account.Role;
import id.siksacademy.content.Content;
import id.siksacademy.base.ui.Times;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.scenario.MonthlyCalendar;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.HouseholdStatus;
import jakarta.annotation.security.RolesAllowed;

/** Beranda desa: households by verval result, what is left, the exercise's instructions. */
@Route("sandbox/:attemptId(\\d{1,18})")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class BerandaDesaView extends SandboxView {

    private final Content content;

    private final ExerciseCatalogue exercises;

    BerandaDesaView(SandboxService sandbox, Content content, ExerciseCatalogue exercises) {
        this.exercises = exercises;
        super(sandbox);
        this.content = content;
    }

    @Override
    protected String titleKey() {
        return "sandbox.beranda.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        var state = ws.state();
        var counts = state.statusCounts();
        int total = state.households().size();
        int untouched = state.untouchedCount();

        var cards = new Div();
        cards.addClassName("stat-cards");
        cards.add(stat(getTranslation("sandbox.beranda.households"), total));
        cards.add(stat(getTranslation("sandbox.beranda.touched"), total - untouched));
        cards.add(stat(getTranslation("sandbox.beranda.untouched"), untouched));
        for (HouseholdStatus status : HouseholdStatus.values()) {
            if (counts.containsKey(status)) {
                cards.add(stat(label(status), counts.get(status)));
            }
        }
        if (!state.anomalies().isEmpty()) {
            long open = state.anomalies().stream().filter(a -> state.anomalyAnswer(a.id()).isEmpty()).count();
            cards.add(stat(getTranslation("sandbox.beranda.anomalies-open"), (int) open));
        }
        var instructions = new Paragraph(exercises.exercise(ws.attempt().exerciseId())
                .map(e -> e.instructions().in(getLocale())).orElse(""));
        instructions.addClassName("instructions");
        var links = new Div(new RouterLink(words("sandbox.beranda.start"), DataDtksView.class, params()),
                new RouterLink(getTranslation("sandbox.finalisasi.title"), FinalisasiView.class, params()));
        links.addClassName("home-links");
        var untouchedNote = new Paragraph(getTranslation("sandbox.beranda.untouched-note"));
        untouchedNote.addClassName("info-note");
        body.add(period(), cards, instructions, untouchedNote, links);
        body.add(new Paragraph(getTranslation("sandbox.beranda.notes", state.scenario().fieldNotes().size())));
    }

    /** Where the operator stands: the regime, today's date, and (DTSEN) the month's calendar. */
    private Div period() {
        var state = ws.state();
        var today = state.asOf();
        var box = new Div();
        box.addClassName("period");
        box.setId("period");
        var regime = new Span(label(state.scenario().regime()));
        regime.getElement().getThemeList().add("badge");
        box.add(regime, new Span(getTranslation("sandbox.beranda.today", Times.date(today, getLocale()))));
        if (state.scenario().regime().dtsen()) {
            var calendar = state.calendar();
            box.add(new Paragraph(getTranslation("sandbox.beranda.calendar",
                    Times.date(today.withDayOfMonth(MonthlyCalendar.LAST_INPUT_DAY), getLocale()),
                    Times.date(today.withDayOfMonth(MonthlyCalendar.LAST_MEETING_DAY), getLocale()),
                    Times.date(calendar.cutOff(today), getLocale()))));
        } else {
            box.add(new Paragraph(getTranslation("sandbox.beranda.historical")));
        }
        return box;
    }

    private static Card stat(String title, int value) {
        var card = new Card();
        card.setTitle(title);
        var n = new Span(Integer.toString(value));
        n.addClassName("stat-number");
        card.add(n);
        return card;
    }
}
