package id.siksacademy.account.ui;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import id.siksacademy.region.Regions;
import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.ui.DesaPicker;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.AccountRejectedException;
import id.siksacademy.account.AccountService;
import id.siksacademy.account.Role;
import id.siksacademy.account.UserSummary;
import id.siksacademy.base.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/** Dinsos administrators create, disable and reset accounts and change roles. */
@Route("dinsos/pengguna")
@RolesAllowed(Role.Names.DINSOS_ADMIN)
@Menu(order = 10, icon = "vaadin:users", title = "menu.users")
class UserAdminView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Kabupaten kabupaten;
    private final Regions regions;

    UserAdminView(AccountService accounts, Regions regions) {
        this.accounts = accounts;
        this.regions = regions;
        this.kabupaten = regions.home();
        addClassName("list-view");
        add(new ViewHeader(getTranslation("users.title"), getTranslation("users.lead")));

        search.setPlaceholder(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("user-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        var add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> openNewUserDialog());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-user");
        var toolbar = new HorizontalLayout(search, add);
        toolbar.addClassName("toolbar");
        toolbar.setFlexGrow(1, search);

        configureGrid();
        add(toolbar, grid);
    }

    private void configureGrid() {
        grid.addComponentColumn(UserAdminView::userCell).setHeader(getTranslation("users.username"))
                .setSortProperty("username").setWidth("11rem").setFlexGrow(1);
        grid.addColumn(u -> DesaPicker.label(regions, u.desaCode())).setHeader(getTranslation("users.desa"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::roleSelect).setHeader(getTranslation("users.role")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT);
        grid.setItems(query -> accounts.list(search.getValue(), toSpringPageRequest(query)).stream());
        grid.setId("users-grid");
    }

    private static Span userCell(UserSummary user) {
        var fullName = new Span(user.fullName());
        fullName.addClassName("full-name");
        var cell = new Span(new Span(user.username()), fullName);
        cell.addClassName("user-cell");
        return cell;
    }

    private Select<Role> roleSelect(UserSummary user) {
        var select = new Select<Role>();
        select.setItems(Role.values());
        select.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        select.setValue(user.role());
        select.addClassName("role-select");
        select.setAriaLabel(getTranslation("users.role") + " " + user.username());
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                run(() -> accounts.changeRole(user.id(), e.getValue()), "users.role-changed");
            }
        });
        return select;
    }

    private Span status(UserSummary user) {
        String key = !user.enabled() ? "users.status.disabled" : user.locked() ? "users.status.locked"
                : "users.status.active";
        var badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(user.enabled() && !user.locked() ? "badge success" : "badge error");
        return badge;
    }

    private HorizontalLayout actions(UserSummary user) {
        var toggle = new Button(getTranslation(user.enabled() ? "users.disable" : "users.enable"),
                e -> confirmToggle(user));
        toggle.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        var reset = new Button(getTranslation("users.reset"), e -> confirmReset(user));
        reset.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        var row = new HorizontalLayout(toggle, reset);
        if (user.role() == Role.OPERATOR) {
            var desa = new Button(getTranslation("users.desa.change"), e -> changeDesa(user));
            desa.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
            row.add(desa);
        }
        return row;
    }

    private void changeDesa(UserSummary user) {
        var dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(getTranslation("users.desa.change") + ": " + user.username());
        var picker = new DesaPicker(kabupaten);
        picker.setLabel(getTranslation("users.desa"));
        picker.setWidthFull();
        kabupaten.village(user.desaCode() == null ? "" : user.desaCode()).ifPresent(picker::setValue);
        dialog.add(picker);
        var save = new Button(getTranslation("common.save"), e -> {
            try {
                accounts.setDesa(user.id(), picker.getValue() == null ? null : picker.getValue().code());
                dialog.close();
                notify(getTranslation("users.desa.changed"), NotificationVariant.SUCCESS);
                grid.getDataProvider().refreshAll();
            } catch (AccountRejectedException ex) {
                picker.setErrorMessage(getTranslation(ex.messageKey()));
                picker.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmToggle(UserSummary user) {
        String verb = user.enabled() ? "users.disable" : "users.enable";
        var dialog = new ConfirmDialog(getTranslation(verb) + ": " + user.username(),
                getTranslation(verb + ".confirm", user.fullName()), getTranslation(verb),
                e -> run(() -> accounts.setEnabled(user.id(), !user.enabled()), verb + ".done"),
                getTranslation("common.cancel"), e -> { });
        dialog.open();
    }

    private void confirmReset(UserSummary user) {
        var dialog = new ConfirmDialog(getTranslation("users.reset") + ": " + user.username(),
                getTranslation("users.reset.confirm", user.fullName()), getTranslation("users.reset"),
                e -> reset(user), getTranslation("common.cancel"), e -> { });
        dialog.open();
    }

    private void reset(UserSummary user) {
        try {
            String temporary = accounts.resetPassword(user.id());
            new TemporaryPasswordDialog(user.username(), temporary).open();
            grid.getDataProvider().refreshAll();
        } catch (AccountRejectedException e) {
            error(e);
        }
    }

    private void openNewUserDialog() {
        new NewUserDialog(accounts, kabupaten, created -> {
            grid.getDataProvider().refreshAll();
            notify(getTranslation("users.created", created.username()), NotificationVariant.SUCCESS);
        }).open();
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            notify(getTranslation(doneKey), NotificationVariant.SUCCESS);
        } catch (AccountRejectedException e) {
            error(e);
        }
        grid.getDataProvider().refreshAll();
    }

    private void error(AccountRejectedException e) {
        notify(getTranslation(e.messageKey()), NotificationVariant.ERROR);
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | SIKS Academy";
    }
}
