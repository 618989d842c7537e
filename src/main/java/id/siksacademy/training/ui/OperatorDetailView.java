package id.siksacademy.training.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptSummary;
import id.siksacademy.base.ui.ChartBox;
import id.siksacademy.base.ui.Times;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.region.Regions;
import id.siksacademy.region.ui.DesaPicker;
import id.siksacademy.scoring.OperatorRecord;
import id.siksacademy.training.OperatorDetail;
import id.siksacademy.training.ProgressService;
import id.siksacademy.training.TrainingRejectedException;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

/** One operator for their trainer: who and where, every attempt with its result, mastery over time. */
@Route("pelatih/operator/:username([a-z0-9._-]{1,64})")
@RolesAllowed({Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
class OperatorDetailView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final String[] COLOURS = {"#0b6e4f", "#c0392b", "#2e86c1", "#d68910", "#7d3c98", "#17a589",
        "#5d6d7e", "#a04000"};

    private final ProgressService progress;
    private final Regions regions;
    private String title = "";

    OperatorDetailView(ProgressService progress, Regions regions) {
        this.progress = progress;
        this.regions = regions;
        addClassName("operator-detail-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String username = event.getRouteParameters().get("username").orElse("");
        OperatorDetail detail;
        try {
            detail = progress.operator(username);
        } catch (AccessDeniedException | TrainingRejectedException e) { // not one of yours: as if it did not exist
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var p = detail.profile();
        title = p.fullName();
        add(new ViewHeader(p.fullName(), p.username() + " · " + DesaPicker.label(regions, p.desaCode())
                + (p.contact() == null ? "" : " · " + p.contact())
                + (detail.cohorts().isEmpty() ? "" : " · " + String.join(", ", detail.cohorts()))));
        var record = detail.record();
        add(new H2(getTranslation("operator.mastery-over-time")));
        if (record.isEmpty()) {
            var none = new Paragraph(getTranslation("operator.nothing-scored"));
            none.addClassName("info-note");
            add(none);
        } else {
            var chart = new ChartBox();
            chart.setId("operator-chart");
            chart.setConfig(chartConfig(record));
            add(chart);
        }
        add(new H2(getTranslation("operator.attempts")), attempts(detail));
    }

    private Map<String, Object> chartConfig(OperatorRecord record) {
        var labels = new ArrayList<String>();
        for (int i = 0; i < record.results().size(); i++) {
            labels.add("#" + (i + 1));
        }
        var datasets = new ArrayList<Map<String, Object>>();
        int colour = 0;
        for (String c : record.mastery().keySet()) {
            var values = record.results().stream().map(l -> l.masteryAfter().get(c) == null ? 0
                    : Math.round(l.masteryAfter().get(c) * 100)).toList();
            String col = COLOURS[colour++ % COLOURS.length];
            datasets.add(Map.of("label", c, "data", values, "borderColor", col, "backgroundColor", col, "tension", 0.2));
        }
        var config = new LinkedHashMap<String, Object>();
        config.put("type", "line");
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put("options", Map.of("responsive", true, "maintainAspectRatio", false, "animation", false,
                "scales", Map.of("y", Map.of("min", 0, "max", 100))));
        return config;
    }

    private Grid<AttemptSummary> attempts(OperatorDetail detail) {
        var grid = new Grid<AttemptSummary>();
        grid.addColumn(a -> a.title(getLocale())).setHeader(getTranslation("assignment.exercise")).setFlexGrow(2)
                .setWidth("14rem");
        grid.addColumn(a -> Times.minute(a.startedAt(), getLocale())).setHeader(getTranslation("operator.started"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> status(a, detail.result(a.id()).orElse(null))).setHeader(getTranslation("users.status"))
                .setAutoWidth(true);
        grid.addColumn(a -> detail.result(a.id()).map(l -> String.format(Locale.ROOT, "%.1f", l.score())).orElse(""))
                .setHeader(getTranslation("operator.score")).setAutoWidth(true);
        grid.addColumn(a -> detail.result(a.id()).map(l -> String.valueOf(l.criticalErrors())).orElse(""))
                .setHeader(getTranslation("progress.col.critical")).setAutoWidth(true);
        grid.addColumn(a -> detail.result(a.id()).map(l -> getTranslation("operator.help", l.hints(), l.checks(), l.reveals()))
                .orElse("")).setHeader(getTranslation("operator.help-used")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            var review = new Anchor("pelatih/tinjau/" + a.id(), getTranslation("review.open"));
            review.setId("review-" + a.id());
            return review;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(detail.attempts());
        grid.setEmptyStateText(getTranslation("operator.no-attempts"));
        grid.setId("operator-attempts");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private Span status(AttemptSummary a, OperatorRecord.Line result) {
        String key = a.open() ? "attempt.status.open" : result == null ? "attempt.status.submitted"
                : "result.verdict." + result.verdict().name();
        var badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(result == null ? "badge"
                : result.passed() ? "badge success" : "badge error");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return title + " | SIKS Academy";
    }
}
