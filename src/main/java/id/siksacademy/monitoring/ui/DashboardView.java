package id.siksacademy.monitoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.siksacademy.account.Role;
import id.siksacademy.base.text.Share;
import id.siksacademy.base.ui.ChartBox;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.monitoring.Coverage;
import id.siksacademy.monitoring.MonitoringService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Cakupan sertifikasi: per kecamatan the desa with a certified operator, the operators registered,
 * trained, certified and expiring, mean mastery and the weakest competencies; a chart of coverage
 * and one of certifications per month; each kecamatan opens its desa, each desa its operators.
 */
@Route("dinsos/cakupan")
@RolesAllowed(Role.Names.DINSOS_ADMIN)
@Menu(order = 5, icon = "vaadin:chart-grid", title = "menu.dashboard")
class DashboardView extends Main implements HasDynamicTitle {

    private final MonitoringService monitoring;
    private final Locale locale;
    private final Div desa = new Div();

    DashboardView(MonitoringService monitoring) {
        this.monitoring = monitoring;
        this.locale = getLocale();
        addClassName("dashboard-view");
        var coverage = monitoring.coverage();
        var t = coverage.total();
        add(new ViewHeader(getTranslation("dashboard.title"), getTranslation("dashboard.lead", t.desaCovered(), t.desa(),
                percent(t.coverage()), t.operators(), t.trained(), t.certified(), t.expiring())));
        add(report(coverage));
        var charts = new Div(chart("coverage-chart", coverageChart(coverage)), chart("month-chart", monthChart(coverage)));
        charts.addClassName("dashboard-charts");
        add(charts, new H2(getTranslation("dashboard.kecamatan")),
                exports(() -> coverage.kecamatan(), "cakupan-kecamatan"), grid(coverage.kecamatan(), true), desa,
                new QualityImport(monitoring, () -> getUI().ifPresent(ui -> ui.getPage().reload())));
        desa.setId("dashboard-desa");
    }

    /** A month to report on (the last 12) and the PDF summary of the kabupaten for it. */
    private Div report(Coverage coverage) {
        var month = new com.vaadin.flow.component.select.Select<java.time.YearMonth>();
        var months = coverage.certificationsPerMonth().keySet().stream().sorted(java.util.Comparator.reverseOrder()).toList();
        month.setItems(months);
        month.setValue(months.getFirst());
        month.setAriaLabel(getTranslation("dashboard.report.month"));
        month.setId("report-month");
        var link = new Anchor(DownloadHandler.fromInputStream(e -> {
            var chosen = month.getValue();
            byte[] bytes = monitoring.summaryPdf(chosen);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "laporan-cakupan-" + chosen + ".pdf",
                    "application/pdf", bytes.length);
        }), getTranslation("dashboard.report"));
        link.setId("report-pdf");
        var box = new Div(month, link);
        box.addClassName("export-links");
        return box;
    }

    private Grid<Coverage.Area> grid(List<Coverage.Area> areas, boolean kecamatan) {
        var grid = new Grid<Coverage.Area>();
        grid.addColumn(Coverage.Area::name).setHeader(getTranslation(kecamatan ? "dashboard.col.kecamatan" : "dashboard.col.name"))
                .setAutoWidth(true).setFrozen(true).setSortable(true);
        grid.addColumn(a -> a.desaCovered() + "/" + a.desa() + " (" + percent(a.coverage()) + ")")
                .setHeader(getTranslation("dashboard.col.covered")).setAutoWidth(true)
                .setComparator(java.util.Comparator.comparingDouble(Coverage.Area::coverage));
        grid.addColumn(Coverage.Area::operators).setHeader(getTranslation("dashboard.col.operators")).setAutoWidth(true).setSortable(true);
        grid.addColumn(Coverage.Area::trained).setHeader(getTranslation("dashboard.col.trained")).setAutoWidth(true).setSortable(true);
        grid.addColumn(Coverage.Area::certified).setHeader(getTranslation("dashboard.col.certified")).setAutoWidth(true).setSortable(true);
        grid.addColumn(Coverage.Area::expiring).setHeader(getTranslation("dashboard.col.expiring")).setAutoWidth(true).setSortable(true);
        grid.addColumn(a -> a.meanMastery() == null ? "–" : percent(a.meanMastery()))
                .setHeader(getTranslation("dashboard.col.mastery")).setAutoWidth(true);
        grid.addColumn(a -> String.join(", ", a.weakest())).setHeader(getTranslation("dashboard.col.weakest")).setAutoWidth(true);
        grid.addColumn(a -> rate(a.quality().validBefore(), a.quality().monthsBefore()))
                .setHeader(getTranslation("dashboard.col.valid-before")).setAutoWidth(true);
        grid.addColumn(a -> rate(a.quality().validAfter(), a.quality().monthsAfter()))
                .setHeader(getTranslation("dashboard.col.valid-after")).setAutoWidth(true);
        grid.setItems(areas);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(areas.size() <= 25);
        if (kecamatan) {
            grid.setId("dashboard-kecamatan");
            grid.addItemClickListener(e -> showDesa(e.getItem()));
        } else {
            grid.setId("dashboard-desa-grid");
            grid.addItemClickListener(e -> showOperators(e.getItem()));
        }
        return grid;
    }

    private void showDesa(Coverage.Area kecamatan) {
        desa.removeAll();
        var areas = monitoring.desa(kecamatan.code());
        desa.add(new H2(getTranslation("dashboard.desa-of", kecamatan.name())), exports(() -> areas, "cakupan-desa-"
                + kecamatan.code()), grid(areas, false));
        desa.scrollIntoView();
    }

    private void showOperators(Coverage.Area village) {
        var list = new Div(new H2(getTranslation("dashboard.operators-of", village.name())));
        list.setId("dashboard-operators");
        var operators = monitoring.operators(village.code());
        if (operators.isEmpty()) {
            list.add(new Span(getTranslation("dashboard.no-operators")));
        }
        for (var o : operators) {
            var status = new Span(o.certificate() == null ? getTranslation("dashboard.no-certificate")
                    : getTranslation("verify.status." + o.certificate().name()));
            status.getElement().getThemeList().add(o.certificate() == null ? "badge contrast" : "badge success");
            var line = new Div(new Span(o.fullName()), status, new Span(o.trained() ? getTranslation("dashboard.trained")
                    : getTranslation("dashboard.not-trained")), new Span(o.meanMastery() == null ? "" : percent(o.meanMastery())));
            line.addClassName("task-line");
            list.add(line);
        }
        desa.getChildren().filter(c -> "dashboard-operators".equals(c.getId().orElse(null))).findFirst().ifPresent(desa::remove);
        desa.add(list);
        list.scrollIntoView();
    }

    private Div exports(Supplier<List<Coverage.Area>> areas, String file) {
        var csv = new Anchor(DownloadHandler.fromInputStream(e -> download(areas.get(), false, file)),
                getTranslation("matrix.export.csv"));
        var xlsx = new Anchor(DownloadHandler.fromInputStream(e -> download(areas.get(), true, file)),
                getTranslation("matrix.export.xlsx"));
        var box = new Div(csv, xlsx);
        box.addClassName("export-links");
        return box;
    }

    private DownloadResponse download(List<Coverage.Area> areas, boolean xlsx, String file) {
        byte[] bytes = monitoring.export(areas, xlsx, (key, params) -> getTranslation(locale, key, params));
        return new DownloadResponse(new ByteArrayInputStream(bytes), file + (xlsx ? ".xlsx" : ".csv"),
                xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv", bytes.length);
    }

    private ChartBox chart(String id, Map<String, Object> config) {
        var chart = new ChartBox();
        chart.setId(id);
        chart.setConfig(config);
        return chart;
    }

    private Map<String, Object> coverageChart(Coverage c) {
        var labels = c.kecamatan().stream().map(Coverage.Area::name).toList();
        var values = c.kecamatan().stream().map(a -> Math.round(a.coverage() * 100)).toList();
        return Map.of("type", "bar", "data", Map.of("labels", labels, "datasets", List.of(Map.of("label",
                        getTranslation("dashboard.chart.coverage"), "data", values, "backgroundColor", "#0b6e4f"))),
                "options", Map.of("responsive", true, "maintainAspectRatio", false, "animation", false,
                        "scales", Map.of("y", Map.of("min", 0, "max", 100))));
    }

    private Map<String, Object> monthChart(Coverage c) {
        var labels = c.certificationsPerMonth().keySet().stream().sorted().map(Object::toString).toList();
        var values = c.certificationsPerMonth().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue).toList();
        return Map.of("type", "line", "data", Map.of("labels", labels, "datasets", List.of(Map.of("label",
                        getTranslation("dashboard.chart.months"), "data", values, "borderColor", "#2e86c1",
                        "backgroundColor", "#2e86c1"))),
                "options", Map.of("responsive", true, "maintainAspectRatio", false, "animation", false,
                        "scales", Map.of("y", Map.of("min", 0, "ticks", Map.of("precision", 0)))));
    }

    /** "74.9% (6 bln)": the valid share and the months behind it; a dash where no month is there. */
    private String rate(Double share, int months) {
        return share == null ? "–" : Share.percent(share) + " "
                + getTranslation("dashboard.months", months);
    }

    private static String percent(double share) {
        return Share.percent(share);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title") + " | SIKS Academy";
    }
}
