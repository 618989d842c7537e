package id.siksacademy.account.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.AuditAction;
import id.siksacademy.account.AuditDetail;
import id.siksacademy.account.AuditEntry;
import id.siksacademy.account.AuditLog;
import id.siksacademy.account.Role;
import id.siksacademy.base.text.SafeText;
import id.siksacademy.base.ui.Times;
import id.siksacademy.base.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The audit log, newest first: times in the viewer's zone with the zone named, what users typed
 * (usernames of failed logins) with invisible characters shown as codes, and details in words.
 */
@Route("dinsos/audit")
@RolesAllowed(Role.Names.DINSOS_ADMIN)
@Menu(order = 20, icon = "vaadin:records", title = "menu.audit")
class AuditLogView extends Main implements HasDynamicTitle {

    AuditLogView(AuditLog audit) {
        addClassName("list-view");
        add(new ViewHeader(getTranslation("audit.title"), getTranslation("audit.lead")));

        var action = new Select<AuditAction>();
        action.setLabel(getTranslation("audit.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("audit.all-actions"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? getTranslation("audit.all-actions")
                : getTranslation("audit.action." + a.name()));

        var grid = new Grid<AuditEntry>();
        grid.addColumn(e -> Times.second(e.occurredAt(), getLocale())).setHeader(getTranslation("audit.time"))
                .setAutoWidth(true);
        grid.addColumn(e -> SafeText.visible(e.actor())).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> SafeText.visible(e.target())).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::sourceAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addColumn(e -> describe(e.detail())).setHeader(getTranslation("audit.detail")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setItems(query -> audit.list(action.getValue(), toSpringPageRequest(query)).stream());
        grid.setId("audit-grid");
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(action, grid);
    }

    /** The detail in words; free text as it is, with invisible characters shown. */
    String describe(String detail) {
        var d = AuditDetail.parse(detail);
        if (d == null) {
            return SafeText.visible(detail);
        }
        return switch (d.key()) {
            case "role" -> getTranslation("audit.detail.role", role(d.args().getFirst()));
            case "role-change" -> getTranslation("audit.detail.role-change", role(d.args().get(0)), role(d.args().get(1)));
            case "lockout" -> getTranslation("audit.detail.lockout", d.args().get(0), time(d.args().get(1)));
            case "reason" -> reason(d.args().getFirst());
            case "bootstrap" -> getTranslation("audit.detail.bootstrap");
            default -> SafeText.visible(detail);
        };
    }

    private String role(String name) {
        try {
            return getTranslation("role." + Role.valueOf(name).name());
        } catch (IllegalArgumentException e) {
            return SafeText.visible(name);
        }
    }

    private String reason(String exception) {
        return switch (exception) {
            case "BadCredentialsException", "UsernameNotFoundException" -> getTranslation("audit.detail.bad-credentials");
            case "LockedException" -> getTranslation("audit.detail.locked");
            case "DisabledException" -> getTranslation("audit.detail.disabled");
            default -> getTranslation("audit.detail.refused", SafeText.visible(exception));
        };
    }

    private String time(String instant) {
        try {
            return Times.second(Instant.parse(instant), getLocale());
        } catch (DateTimeParseException e) {
            return SafeText.visible(instant);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | SIKS Academy";
    }
}
