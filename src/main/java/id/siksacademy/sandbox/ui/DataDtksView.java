package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.sandbox.DtksFilter;
import id.siksacademy.sandbox.HouseholdRow;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.HouseholdStatus;
import jakarta.annotation.security.RolesAllowed;

/** Data DTKS: the village's households, searchable by NIK, No KK, name or RT/RW; lazy and phone-sized. */
@Route("sandbox/:attemptId(\\d{1,18})/dtks")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class DataDtksView extends SandboxView {

    DataDtksView(SandboxService sandbox) {
        super(sandbox);
    }

    @Override
    protected String titleKey() {
        return "sandbox.dtks.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        var search = new TextField();
        search.setPlaceholder(getTranslation("sandbox.dtks.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("dtks-search");
        search.addClassName("search-field");
        search.setAriaLabel(getTranslation("sandbox.dtks.search"));
        var status = new Select<HouseholdStatus>();
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("sandbox.dtks.all-statuses"));
        status.setItems(HouseholdStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("sandbox.dtks.all-statuses") : label(s));
        status.setAriaLabel(getTranslation("sandbox.dtks.status"));
        var unverified = new Checkbox(getTranslation("sandbox.dtks.unverified"));
        var filters = new FlexLayout(search, status, unverified);
        filters.addClassName("toolbar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        var grid = new Grid<HouseholdRow>();
        grid.addComponentColumn(this::householdCell).setHeader(getTranslation("sandbox.dtks.household")).setFlexGrow(1);
        grid.addComponentColumn(this::statusCell).setHeader(getTranslation("sandbox.dtks.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setId("dtks-grid");
        grid.setPageSize(25);
        grid.setItems(query -> rows(filter(search, status, unverified), query.getOffset(),
                query.getLimit()), query -> count(filter(search, status, unverified)));
        grid.addItemClickListener(e -> go(DetailKeluargaView.class, e.getItem().id()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        unverified.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        addClassName("list-screen");
        body.add(filters, grid);
    }

    private static DtksFilter filter(TextField search, Select<HouseholdStatus> status, Checkbox unverified) {
        return new DtksFilter(search.getValue(), status.getValue(), unverified.getValue());
    }

    private Div householdCell(HouseholdRow row) {
        var name = new Span(row.headName().isEmpty() ? "-" : row.headName());
        name.addClassName("row-title");
        var detail = new Span(getTranslation("sandbox.dtks.row", row.kk(), row.rt(), row.rw(), row.dukuh(),
                row.members()));
        detail.addClassName("row-detail");
        var cell = new Div(name, detail);
        cell.addClassName("household-cell");
        if (row.edited()) {
            cell.add(badge(getTranslation("sandbox.dtks.edited"), "contrast"));
        }
        if (row.newHousehold()) {
            cell.add(badge(getTranslation("sandbox.dtks.new"), "success"));
        }
        return cell;
    }

    private Span statusCell(HouseholdRow row) {
        return row.status() == null ? badge(getTranslation("sandbox.dtks.not-verified"), "contrast")
                : badge(label(row.status()), row.status() == HouseholdStatus.DITEMUKAN ? "success" : "error");
    }

    static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add(("badge " + theme).trim());
        return badge;
    }
}
