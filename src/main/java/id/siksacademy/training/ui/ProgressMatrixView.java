package id.siksacademy.training.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.content.Content;
import id.siksacademy.region.Regions;
import id.siksacademy.region.Kecamatan;
import id.siksacademy.region.Village;
import id.siksacademy.region.ui.DesaPicker;
import id.siksacademy.training.CohortService;
import id.siksacademy.training.CohortSummary;
import id.siksacademy.training.ProgressMatrix;
import id.siksacademy.training.ProgressService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.Comparator;

/**
 * Kemajuan operator: operators by competencies, each cell the operator's mastery (coloured: mastered,
 * learning, weak; empty where no evidence yet), filtered by cohort, kecamatan and desa; CSV and XLSX.
 */
@Route("pelatih/kemajuan")
@RolesAllowed({Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
@Menu(order = 14, icon = "vaadin:table", title = "menu.matrix")
class ProgressMatrixView extends Main implements HasDynamicTitle {

    private final ProgressService progress;
    private final Content content;
    private final Regions regions;
    private final double masteredAt;
    private final Grid<ProgressMatrix.Row> grid = new Grid<>();
    private final ComboBox<CohortSummary> cohort = new ComboBox<>();
    private final ComboBox<Kecamatan> kecamatan = new ComboBox<>();
    private final DesaPicker desa;
    private final Span count = new Span();
    private final java.util.Locale locale;

    ProgressMatrixView(ProgressService progress, CohortService cohorts, Content content, Regions regions) {
        this.regions = regions;
        this.progress = progress;
        this.content = content;
        this.masteredAt = content.curriculum().mastery().mastered();
        this.locale = getLocale();
        addClassName("matrix-view");
        add(new ViewHeader(getTranslation("matrix.title"), getTranslation("matrix.lead", Math.round(masteredAt * 100))));
        cohort.setLabel(getTranslation("matrix.cohort"));
        cohort.setItems(cohorts.cohorts());
        cohort.setItemLabelGenerator(CohortSummary::name);
        cohort.setClearButtonVisible(true);
        cohort.setPlaceholder(getTranslation("matrix.all-cohorts"));
        cohort.setId("matrix-cohort");
        kecamatan.setLabel(getTranslation("cohort.kecamatan"));
        kecamatan.setItems(regions.home().kecamatan());
        kecamatan.setItemLabelGenerator(Kecamatan::name);
        kecamatan.setClearButtonVisible(true);
        desa = new DesaPicker(regions.home());
        desa.setLabel(getTranslation("users.desa"));
        for (var f : new ComboBox<?>[] {cohort, kecamatan, desa}) {
            f.addValueChangeListener(e -> refresh());
        }
        var csv = new Anchor(DownloadHandler.fromInputStream(e -> download(false)), getTranslation("matrix.export.csv"));
        var xlsx = new Anchor(DownloadHandler.fromInputStream(e -> download(true)), getTranslation("matrix.export.xlsx"));
        csv.setId("matrix-csv");
        xlsx.setId("matrix-xlsx");
        var exports = new Div(csv, xlsx);
        exports.addClassName("export-links");
        var filters = new FlexLayout(cohort, kecamatan, desa);
        filters.addClassName("filter-bar");
        configureGrid();
        add(filters, new Div(count, exports), legend(), grid);
        refresh();
    }

    private void configureGrid() {
        grid.addComponentColumn(r -> {
            var cell = new Span(new Anchor("pelatih/operator/" + r.username(), r.fullName()),
                    new Span(r.desaName().isEmpty() ? r.username() : r.desaName() + " · " + r.kecamatanName()));
            cell.addClassName("user-cell");
            return cell;
        }).setHeader(getTranslation("progress.col.name")).setFrozen(true).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(ProgressMatrix.Row::fullName, String.CASE_INSENSITIVE_ORDER));
        for (var c : content.curriculum().competencies()) {
            grid.addComponentColumn(r -> cell(r.mastery().get(c.id()))).setHeader(c.id())
                    .setTooltipGenerator(r -> c.title().in(getLocale()))
                    .setComparator(Comparator.comparing((ProgressMatrix.Row r) -> r.mastery().getOrDefault(c.id(), -1.0)))
                    .setTextAlign(ColumnTextAlign.CENTER).setWidth("5.5rem").setFlexGrow(0);
        }
        grid.addColumn(ProgressMatrix.Row::attempts).setHeader(getTranslation("progress.col.attempts")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProgressMatrix.Row::passed).setHeader(getTranslation("progress.col.passed")).setSortable(true)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProgressMatrix.Row::criticalErrors).setHeader(getTranslation("progress.col.critical"))
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("matrix.empty"));
        grid.setId("matrix-grid");
        grid.addClassName("matrix-grid");
    }

    private Span cell(Double mastery) {
        var cell = new Span(mastery == null ? "–" : Math.round(mastery * 100) + "");
        cell.addClassName("mastery-cell");
        cell.addClassName(mastery == null ? "none" : mastery >= masteredAt ? "mastered" : mastery >= 0.5 ? "learning" : "weak");
        return cell;
    }

    private Div legend() {
        var legend = new Div();
        legend.addClassName("matrix-legend");
        for (String kind : new String[] {"mastered", "learning", "weak", "none"}) {
            var swatch = new Span(getTranslation("matrix.legend." + kind, Math.round(masteredAt * 100)));
            swatch.addClassNames("mastery-cell", kind);
            legend.add(swatch);
        }
        return legend;
    }

    private ProgressMatrix.Filter filter() {
        Village v = desa.getValue();
        return new ProgressMatrix.Filter(cohort.getValue() == null ? null : cohort.getValue().id(),
                kecamatan.getValue() == null ? null : kecamatan.getValue().code(), v == null ? null : v.code());
    }

    private void refresh() {
        var matrix = progress.matrix(filter());
        grid.setItems(matrix.rows());
        count.setText(getTranslation("matrix.count", matrix.rows().size()));
    }

    private DownloadResponse download(boolean xlsx) {
        // a download request has no current UI: translate in the language the page was built in
        byte[] bytes = progress.export(filter(), xlsx, (key, params) -> getTranslation(locale, key, params));
        return new DownloadResponse(new ByteArrayInputStream(bytes), xlsx ? "kemajuan-operator.xlsx" : "kemajuan-operator.csv",
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv", bytes.length);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("matrix.title") + " | SIKS Academy";
    }
}
