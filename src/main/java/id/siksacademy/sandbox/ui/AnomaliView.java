package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import id.siksacademy.account.Role;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.sandbox.Verval;
import id.siksacademy.scenario.Anomaly;
import id.siksacademy.scenario.DtksMember;
import jakarta.annotation.security.RolesAllowed;

/**
 * Anomali: the central lists pushed to the village (BKN civil servants, BPJS-TK wages above the
 * provincial minimum, PPATK online gambling). Each line is answered from the field check, with its
 * evidence: the list can be wrong, and a family is never struck off on the list's word alone.
 */
@Route("sandbox/:attemptId(\\d{1,18})/anomali")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class AnomaliView extends SandboxView {

    AnomaliView(SandboxService sandbox) {
        super(sandbox);
    }

    @Override
    protected String titleKey() {
        return "sandbox.anomali.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        var anomalies = ws.state().anomalies();
        body.add(new Paragraph(getTranslation("sandbox.anomali.lead")));
        if (anomalies.isEmpty()) {
            body.add(new Paragraph(getTranslation("sandbox.anomali.none")));
            return;
        }
        anomalies.forEach(a -> body.add(card(a)));
    }

    private Card card(Anomaly a) {
        var h = ws.state().household(a.householdId()).orElseThrow();
        var member = h.members().stream().filter(m -> m.nik().equals(a.memberNik())).findFirst();
        var card = new Card();
        card.setId("anomaly-" + a.id());
        card.setTitle(member.map(DtksMember::name).orElse(a.memberNik()));
        card.setSubtitle(new Span(label(a.source()) + " · " + getTranslation("sandbox.anomali.detail." + a.source().name(),
                a.detail() == null ? "" : rupiah(a.detail()))));
        var answer = ws.state().anomalyAnswer(a.id());
        answer.ifPresent(v -> card.setHeaderSuffix(DataDtksView.badge(label(v.verdict()),
                v.verdict() == Anomaly.Verdict.TERBUKTI ? "error" : "success")));
        var facts = new Div(DetailKeluargaView.fact("NIK", a.memberNik()),
                DetailKeluargaView.fact(getTranslation("sandbox.dtks.household"), ws.state().headName(h) + " · " + h.id()));
        facts.addClassName("facts");
        var links = new Div(new RouterLink(getTranslation("sandbox.anomali.field-check"), CatatanLapanganView.class,
                params()), new RouterLink(getTranslation("sandbox.catatan.open"), DetailKeluargaView.class, params(h.id())));
        links.addClassName("card-actions");
        card.add(facts, links);
        if (!ws.readOnly()) {
            card.add(answerForm(a, answer.orElse(null)));
        }
        return card;
    }

    private Div answerForm(Anomaly a, Verval.OfAnomaly current) {
        var verdict = new RadioButtonGroup<Anomaly.Verdict>();
        verdict.setLabel(getTranslation("sandbox.anomali.answer"));
        verdict.setItems(Anomaly.Verdict.values());
        verdict.setItemLabelGenerator(this::label);
        verdict.setId("anomaly-verdict-" + a.id());
        var evidence = new TextField(getTranslation("sandbox.anomali.evidence"));
        evidence.setMaxLength(500);
        evidence.setWidthFull();
        evidence.setHelperText(getTranslation("sandbox.anomali.evidence-help"));
        evidence.setId("anomaly-evidence-" + a.id());
        if (current != null) {
            verdict.setValue(current.verdict());
            evidence.setValue(current.evidence());
        }
        var save = new Button(getTranslation("sandbox.anomali.save"), e -> {
            if (record(new SandboxAction.AnswerAnomaly(a.id(), verdict.getValue(), evidence.getValue())).isPresent()) {
                saved();
                go(AnomaliView.class);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("anomaly-save-" + a.id());
        var form = new Div(verdict, evidence, save);
        form.addClassName("anomaly-answer");
        return form;
    }

    /** 3450000 as "3.450.000", the way a list or a slip writes rupiah. */
    static String rupiah(String amount) {
        try {
            return String.format(java.util.Locale.forLanguageTag("id"), "%,d", Long.parseLong(amount));
        } catch (NumberFormatException e) {
            return amount;
        }
    }
}
