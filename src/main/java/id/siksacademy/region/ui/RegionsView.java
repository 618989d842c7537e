package id.siksacademy.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.siksacademy.base.ui.Times;
import id.siksacademy.base.ui.Uploads;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.region.KabupatenSummary;
import id.siksacademy.region.Kecamatan;
import id.siksacademy.region.RegionListCheck;
import id.siksacademy.region.RegionListRejectedException;
import id.siksacademy.region.RegionService;
import id.siksacademy.region.Village;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;

/**
 * Wilayah: the kabupaten the installation knows and the one it works in; a Dinsos administrator
 * imports another kabupaten's official Kemendagri code list (checked, previewed, all or nothing) and
 * makes it the working region.
 */
@Route("dinsos/wilayah")
@RolesAllowed("DINSOS_ADMIN")
@Menu(order = 17, icon = "vaadin:map-marker", title = "menu.regions")
class RegionsView extends Main implements HasDynamicTitle {

    static final int MAX_BYTES = 1024 * 1024;

    private final RegionService regions;
    private final Div known = new Div();
    private final Div result = new Div();
    private byte[] file;
    private String fileName;

    RegionsView(RegionService regions) {
        this.regions = regions;
        addClassName("list-view");
        add(new ViewHeader(getTranslation("regions.title"), getTranslation("regions.lead")));
        known.setId("region-list");
        known.addClassName("region-list");
        add(known, importPanel());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("regions.title");
    }

    private void refresh() {
        known.removeAll();
        regions.list().forEach(k -> known.add(card(k)));
    }

    /** One kabupaten: name and province, its counts, where its list came from, and whether it is home. */
    private Div card(KabupatenSummary k) {
        var name = new Span(k.title() + " (" + k.code() + ")");
        name.addClassName("region-name");
        var province = new Span(getTranslation("regions.province", k.provinceName()));
        province.addClassName("region-line");
        var counts = new Span(getTranslation("regions.counts", k.kecamatan(), k.desa(), k.kelurahan()));
        counts.addClassName("region-line");
        var source = new Span(source(k));
        source.addClassName("region-line");
        var text = new Div(name, province, counts, source);
        text.addClassName("region-text");
        var card = new Div(text, homeCell(k));
        card.addClassName("region-card");
        card.setId("region-" + k.code());
        return card;
    }

    private String source(KabupatenSummary k) {
        if (k.builtIn()) {
            return getTranslation("regions.built-in");
        }
        String imported = getTranslation("regions.imported", Times.date(k.importedAt().atZone(Times.WIB).toLocalDate(),
                getLocale()), k.importedBy());
        return k.sourceFile() == null || k.sourceFile().isBlank() ? imported : imported + " \u00b7 " + k.sourceFile();
    }

    private com.vaadin.flow.component.Component homeCell(KabupatenSummary k) {
        if (k.home()) {
            var badge = new Span(getTranslation("regions.home"));
            badge.getElement().getThemeList().add("badge success");
            badge.setId("home-" + k.code());
            return badge;
        }
        var make = new Button(getTranslation("regions.make-home"), e -> confirmHome(k));
        make.addThemeVariants(ButtonVariant.SMALL);
        make.setId("make-home-" + k.code());
        return make;
    }

    private void confirmHome(KabupatenSummary k) {
        var dialog = new ConfirmDialog(getTranslation("regions.make-home.title", k.title()),
                getTranslation("regions.make-home.text", k.title()), getTranslation("regions.make-home"), e -> {
                    regions.makeHome(k.code());
                    refresh();
                    Notification.show(getTranslation("regions.home-changed", k.title()), 4000,
                            Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.open();
    }

    private Div importPanel() {
        var panel = new Div();
        panel.addClassName("roster-panel");
        panel.setId("region-import");
        var upload = Uploads.single(MAX_BYTES, getTranslation("region.error.too-large", 1), new Uploads.Receiver() {
            @Override
            public void accepted(String name, byte[] content) {
                file = content;
                fileName = name;
                show(regions.check(content));
            }

            @Override
            public void refused(String message) {
                file = null;
                result.removeAll();
                result.add(Uploads.problemLine(RegionsView.this, 0, null, message));
            }
        }, "text/csv", ".csv");
        upload.setId("region-upload");
        result.setId("region-result");
        panel.add(new H2(getTranslation("regions.import.title")), new Paragraph(getTranslation("regions.import.explain")),
                upload, result);
        return panel;
    }

    private void show(RegionListCheck check) {
        result.removeAll();
        if (!check.clean()) {
            var summary = new Paragraph(getTranslation("regions.not-clean", check.problems().size()));
            summary.addClassName("problem-callout");
            summary.setId("region-summary");
            result.add(summary);
            check.problems().stream().limit(200).forEach(p -> result.add(Uploads.problemLine(this, p.row(), p.column(),
                    getTranslation(p.messageKey(), p.args().toArray()))));
            return;
        }
        var k = check.kabupaten();
        var summary = new Paragraph(getTranslation("regions.clean", k.title(), k.code(), k.provinceName(),
                k.kecamatan().size(), check.desaCount(), check.kelurahanCount()));
        summary.addClassName("callout");
        summary.setId("region-summary");
        var preview = new Grid<Kecamatan>();
        preview.addColumn(c -> c.code() + " " + c.name()).setHeader(getTranslation("regions.kecamatan")).setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(c -> c.villages().size()).setHeader(getTranslation("regions.villages.count")).setAutoWidth(true)
                .setFlexGrow(0);
        preview.addColumn(c -> c.villages().stream().map(Village::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("regions.villages.names"));
        preview.setItems(k.kecamatan());
        preview.setAllRowsVisible(true);
        preview.setId("region-preview");
        var modelled = new Paragraph(getTranslation("regions.modelled"));
        modelled.addClassName("region-hint");
        int areas = k.kecamatan().size() + (int) k.villages().count();
        var go = new Button(getTranslation("regions.import", areas), e -> importNow());
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.setId("region-import-button");
        result.add(summary, preview, modelled, go);
    }

    private void importNow() {
        try {
            var imported = regions.importList(file, fileName);
            file = null;
            result.removeAll();
            refresh();
            Notification.show(getTranslation("regions.import.done", imported.title()), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (RegionListRejectedException e) {
            show(e.check());
        }
    }
}
