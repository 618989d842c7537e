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
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.HouseholdStatus;
import jakarta.annotation.security.RolesAllowed;

/** Beranda desa: households by verval result, what is left, the exercise's instructions. */
@Route("sandbox/:attemptId(\\d{1,18})")
@RolesAllowed(Role.Names.OPERATOR)
class BerandaDesaView extends SandboxView {

    private final Content content;

    BerandaDesaView(SandboxService sandbox, Content content) {
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
        int left = counts.getOrDefault(null, 0);

        var cards = new Div();
        cards.addClassName("stat-cards");
        cards.add(stat(getTranslation("sandbox.beranda.households"), total));
        cards.add(stat(getTranslation("sandbox.beranda.left"), left));
        for (HouseholdStatus status : HouseholdStatus.values()) {
            if (counts.containsKey(status)) {
                cards.add(stat(label(status), counts.get(status)));
            }
        }
        var instructions = new Paragraph(content.exercise(ws.attempt().exerciseId())
                .map(e -> e.instructions().in(getLocale())).orElse(""));
        instructions.addClassName("instructions");
        var links = new Div(new RouterLink(getTranslation("sandbox.beranda.start"), DataDtksView.class, params()),
                new RouterLink(getTranslation("sandbox.finalisasi.title"), FinalisasiView.class, params()));
        links.addClassName("home-links");
        body.add(cards, instructions, links);
        if (left > 0 && ws.attempt().open()) {
            body.add(new Paragraph(getTranslation("sandbox.beranda.left-hint", left)));
        }
        body.add(new Paragraph(getTranslation("sandbox.beranda.notes", state.scenario().fieldNotes().size())));
        if (left == 0) {
            body.add(new Paragraph(getTranslation("sandbox.beranda.all-verified")));
        }
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
