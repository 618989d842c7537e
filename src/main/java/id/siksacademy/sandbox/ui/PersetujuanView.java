package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.Times;
import id.siksacademy.sandbox.ApprovalChain;
import id.siksacademy.sandbox.SandboxService;
import jakarta.annotation.security.RolesAllowed;

/** Persetujuan: the way the month's submission goes after the village, read-only. */
@Route("sandbox/:attemptId(\\d{1,18})/persetujuan")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class PersetujuanView extends SandboxView {

    PersetujuanView(SandboxService sandbox) {
        super(sandbox);
    }

    @Override
    protected String titleKey() {
        return "sandbox.persetujuan.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        body.add(new Paragraph(getTranslation("sandbox.persetujuan.lead")));
        var stages = ApprovalChain.of(ws.state());
        if (stages.isEmpty()) {
            var waiting = new Paragraph(getTranslation("sandbox.persetujuan.not-sent",
                    Times.date(ws.state().calendar().cutOff(ws.state().asOf()), getLocale())));
            waiting.addClassName("info-note");
            waiting.setId("approval-waiting");
            body.add(waiting);
        }
        var chain = new Div();
        chain.addClassName("approval-chain");
        chain.setId("approval-chain");
        for (ApprovalChain.Role role : ApprovalChain.Role.values()) {
            var card = new Card();
            card.setTitle(getTranslation("approval.role." + role.name()));
            var stage = stages.stream().filter(s -> s.role() == role).findFirst();
            card.setSubtitle(new Span(stage.map(s -> Times.date(s.date(), getLocale()))
                    .orElse(getTranslation("approval.waiting"))));
            card.add(new Paragraph(getTranslation("approval.does." + role.name())));
            stage.ifPresent(s -> s.lines().forEach(l -> {
                var line = new Paragraph(getTranslation(l.key(), l.params()));
                line.addClassName("approval-line");
                card.add(line);
            }));
            chain.add(card);
        }
        body.add(chain);
    }
}
