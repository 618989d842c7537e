package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptClosedException;
import id.siksacademy.attempt.StaleAttemptException;
import id.siksacademy.sandbox.Change;
import id.siksacademy.sandbox.SandboxService;
import jakarta.annotation.security.RolesAllowed;

/** Finalisasi: every change of this attempt, before and after; then the month's data goes out. */
@Route("sandbox/:attemptId(\\d{1,18})/finalisasi")
@RolesAllowed(Role.Names.OPERATOR)
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
        int left = state.statusCounts().getOrDefault(null, 0);
        if (left > 0) {
            body.add(warning(getTranslation("sandbox.finalisasi.unverified", left)));
        }
        if (state.meeting().isEmpty()) {
            body.add(warning(getTranslation("sandbox.finalisasi.no-meeting")));
        }
        var grid = new Grid<Change>();
        grid.addColumn(c -> c.subject() == null ? "" : c.subject()).setHeader(getTranslation("sandbox.finalisasi.subject"))
                .setAutoWidth(true);
        grid.addColumn(c -> what(c.what())).setHeader(getTranslation("sandbox.finalisasi.what")).setAutoWidth(true);
        grid.addColumn(Change::before).setHeader(getTranslation("sandbox.finalisasi.before"));
        grid.addColumn(Change::after).setHeader(getTranslation("sandbox.finalisasi.after"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setItems(changes);
        grid.setAllRowsVisible(changes.size() <= 30);
        grid.setId("changes-grid");
        body.add(grid);
        if (!ws.readOnly()) {
            var submit = new Button(getTranslation("sandbox.finalisasi.submit"), e -> confirm());
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            submit.setId("finalise");
            body.add(submit);
        }
    }

    private String what(String what) {
        return getTranslation(changeKey(what));
    }

    private static String changeKey(String what) {
        return switch (what) {
            case "STATUS", "MEMBER_STATUS", "NEW_HOUSEHOLD", "MEETING" -> "change." + what;
            default -> "field." + what;
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
                        id.siksacademy.base.ui.Failures.saveFailed(ex);
                    }
                }, getTranslation("common.cancel"), e -> { });
        dialog.open();
    }

    private static Paragraph warning(String text) {
        var p = new Paragraph(text);
        p.addClassName("callout");
        return p;
    }
}
