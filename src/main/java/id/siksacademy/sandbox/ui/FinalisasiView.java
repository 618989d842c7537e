package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptClosedException;
import id.siksacademy.attempt.StaleAttemptException;
import id.siksacademy.base.ui.Failures;
import id.siksacademy.sandbox.Change;
import id.siksacademy.base.ui.Times;
import id.siksacademy.sandbox.FieldDisplay;
import id.siksacademy.sandbox.SandboxService;
import jakarta.annotation.security.RolesAllowed;

/** Finalisasi: every change of this attempt, before and after in words; then the month's data goes out. */
@Route("sandbox/:attemptId(\\d{1,18})/finalisasi")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class FinalisasiView extends SandboxView {

    FinalisasiView(SandboxService sandbox) {
        super(sandbox);
    }

    @Override
    protected String titleKey() {
        return "sandbox.finalisasi.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        var state = ws.state();
        var changes = state.changes();
        body.add(new Paragraph(getTranslation("sandbox.finalisasi.lead", changes.size())));
        int untouched = state.untouchedCount();
        if (untouched > 0) {
            var info = new Paragraph(getTranslation("sandbox.finalisasi.untouched", untouched));
            info.addClassName("info-note");
            info.setId("untouched-note");
            body.add(info);
        }
        if (state.scenario().regime().dtsen()) {
            var cutOff = new Paragraph(getTranslation("sandbox.finalisasi.cut-off",
                    Times.date(state.calendar().cutOff(state.asOf()), getLocale())));
            cutOff.addClassName("info-note");
            body.add(cutOff);
        }
        if (state.meeting().isEmpty()) {
            var warning = new Paragraph(getTranslation("sandbox.finalisasi.no-meeting"));
            warning.addClassName("callout");
            body.add(warning);
        }
        var list = new Div();
        list.addClassName("change-list");
        list.setId("changes");
        changes.forEach(c -> list.add(line(c)));
        body.add(list);
        if (!ws.readOnly()) {
            var submit = new Button(getTranslation("sandbox.finalisasi.submit"), e -> confirm());
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.setId("finalise");
            body.add(submit);
        }
    }

    /** Who and what on one line; before and after below, struck through and bold (stacked on phones). */
    private Div line(Change c) {
        var who = new Span(c.subject() == null ? "" : c.subject());
        who.addClassName("change-subject");
        var what = new Span(FieldDisplay.name(this::getTranslation, c.what()));
        what.addClassName("change-what");
        var before = new Span(shown(c.what(), c.before()));
        before.addClassName(c.before() == null || c.before().isEmpty() ? "change-none" : "change-before");
        var arrow = new Span("→");
        arrow.addClassName("change-arrow");
        var after = new Span(shown(c.what(), c.after()));
        after.addClassName("change-after");
        var values = new Div(before, arrow, after);
        values.addClassName("change-values");
        var line = new Div(new Div(who, what), values);
        line.addClassName("change-line");
        return line;
    }

    private String shown(String what, String value) {
        return switch (what) {
            case "NEW_HOUSEHOLD", "MEETING", "SPTJM", "NEW_MEMBER" -> value == null || value.isEmpty()
                    ? getTranslation("result.value.none") : value;
            default -> FieldDisplay.value(this::getTranslation, what, value);
        };
    }

    private void confirm() {
        var dialog = new ConfirmDialog(getTranslation("sandbox.finalisasi.confirm-title"),
                getTranslation("sandbox.finalisasi.confirm"), getTranslation("sandbox.finalisasi.submit"), e -> {
                    try {
                        sandbox.finalise(attemptId, ws.actionCount());
                        getUI().ifPresent(ui -> ui.navigate("hasil/" + attemptId)); // the result, at once
                    } catch (StaleAttemptException ex) {
                        reloadWith("attempt.stale");
                    } catch (AttemptClosedException ex) {
                        reloadWith("attempt.closed");
                    } catch (RuntimeException ex) {
                        Failures.saveFailed(ex);
                    }
                }, getTranslation("common.cancel"), e -> { });
        dialog.open();
    }
}
