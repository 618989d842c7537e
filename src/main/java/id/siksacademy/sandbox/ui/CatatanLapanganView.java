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
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
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
            card.setTitle(ws.state().headName(h));
            card.setSubtitle(new com.vaadin.flow.component.html.Span(getTranslation("sandbox.catatan.visit",
                    note.visitedOn().toString(), h.dukuh(), h.rt(), h.rw())));
            card.add(new Paragraph(text(note, h)));
            card.addToFooter(new RouterLink(getTranslation("sandbox.catatan.open"), DetailKeluargaView.class,
                    params(h.id())));
            body.add(card);
        }
    }

    /** The note in words: who, and for a shared house or an anomaly check, with whom and what was found. */
    private String text(FieldNote note, id.siksacademy.scenario.DtksHousehold h) {
        String key = "sandbox.catatan.kind." + note.kind().name();
        return switch (note.kind()) {
            case LIVES_WITH -> {
                var host = ws.state().household(note.subject()).orElseThrow();
                yield getTranslation(key, ws.state().headName(h), ws.state().headName(host), host.id());
            }
            case ANOMALY_CONFIRMED, ANOMALY_REFUTED -> {
                String member = h.members().stream().filter(m -> m.nik().equals(note.subject()))
                        .map(id.siksacademy.scenario.DtksMember::name).findFirst().orElse(note.subject());
                var source = ws.state().anomalies().stream().filter(a -> a.householdId().equals(h.id()))
                        .map(a -> label(a.source())).findFirst().orElse("");
                yield getTranslation(key, member, source, getTranslation("fieldnote.reason." + note.reason()));
            }
            default -> getTranslation(key, ws.state().headName(h));
        };
    }
}
