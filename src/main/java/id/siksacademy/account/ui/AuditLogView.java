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
import id.siksacademy.account.AuditEntry;
import id.siksacademy.account.AuditLog;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

@Route("dinsos/audit")
@RolesAllowed(Role.Names.DINSOS_ADMIN)
@Menu(order = 20, icon = "vaadin:records", title = "menu.audit")
class AuditLogView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

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
        grid.addColumn(e -> UTC.format(e.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::sourceAddress).setHeader(getTranslation("audit.address")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail"));
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setItems(query -> audit.list(action.getValue(), toSpringPageRequest(query)).stream());
        grid.setId("audit-grid");
        action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(action, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | SIKS Academy";
    }
}
