package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.siksacademy.account.Role;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.FieldNote;
import jakarta.annotation.security.RolesAllowed;

/** Catatan lapangan: what the field visits found, newest first. */
@Route("sandbox/:attemptId(\\d{1,18})/catatan")
@RolesAllowed(Role.Names.OPERATOR)
class CatatanLapanganView extends SandboxView {

    CatatanLapanganView(SandboxService sandbox) {
        super(sandbox);
    }

    @Override
    protected String titleKey() {
        return "sandbox.catatan.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        var notes = ws.state().scenario().fieldNotes().stream()
                .sorted(java.util.Comparator.comparing(FieldNote::visitedOn).reversed()).toList();
        if (notes.isEmpty()) {
            body.add(new Paragraph(getTranslation("sandbox.catatan.none")));
        }
        for (FieldNote note : notes) {
            var h = ws.state().household(note.householdId()).orElseThrow();
            var card = new Card();
            card.setTitle(h.headName());
            card.setSubtitle(new com.vaadin.flow.component.html.Span(getTranslation("sandbox.catatan.visit",
                    note.visitedOn().toString(), h.dukuh(), h.rt(), h.rw())));
            card.add(new Paragraph(getTranslation("sandbox.catatan.kind." + note.kind().name(), h.headName())));
            card.addToFooter(new RouterLink(getTranslation("sandbox.catatan.open"), DetailKeluargaView.class,
                    params(h.id())));
            body.add(card);
        }
    }
}
