package id.siksacademy.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.siksacademy.base.ui.Uploads;
import id.siksacademy.monitoring.MonitoringService;
import id.siksacademy.monitoring.QualityCheck;
import id.siksacademy.monitoring.QualityRejectedException;

/**
 * Kualitas data lapangan: upload the real system's monthly per-desa figures (CSV or XLSX), see every
 * problem by row and column, import a clean file all at once; the dashboard then shows valid rates
 * before and after each desa's operators were certified.
 */
class QualityImport extends Div {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final MonitoringService monitoring;
    private final Runnable imported;
    private final Div result = new Div();
    private byte[] file;

    QualityImport(MonitoringService monitoring, Runnable imported) {
        this.monitoring = monitoring;
        this.imported = imported;
        addClassName("roster-panel");
        setId("quality-import");
        var upload = Uploads.single(MAX_BYTES, getTranslation("quality.error.too-large", 2), new Uploads.Receiver() {
            @Override
            public void accepted(String fileName, byte[] content) {
                file = content;
                show(monitoring.checkQuality(content));
            }

            @Override
            public void refused(String message) {
                result.removeAll();
                result.add(Uploads.problemLine(QualityImport.this, 0, null, message));
            }
        }, "text/csv", ".csv", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setId("quality-upload");
        result.setId("quality-result");
        add(new H2(getTranslation("quality.title")), new Paragraph(getTranslation("quality.explain")), upload, result);
    }

    private void show(QualityCheck check) {
        result.removeAll();
        if (check.clean()) {
            var summary = new Paragraph(getTranslation("quality.clean", check.rows().size()));
            summary.addClassName("callout");
            summary.setId("quality-summary");
            var go = new Button(getTranslation("quality.import", check.rows().size()), e -> importNow());
            go.addThemeVariants(ButtonVariant.PRIMARY);
            go.setId("quality-import-button");
            result.add(summary, go);
            return;
        }
        var summary = new Paragraph(getTranslation("quality.not-clean", check.problems().size()));
        summary.addClassName("problem-callout");
        summary.setId("quality-summary");
        result.add(summary);
        check.problems().stream().limit(200).forEach(p -> result.add(Uploads.problemLine(this, p.row(), p.column(),
                getTranslation(p.messageKey(), p.args().toArray()))));
    }

    private void importNow() {
        try {
            int n = monitoring.importQuality(file);
            file = null;
            Notification.show(getTranslation("quality.imported", n), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            imported.run();
        } catch (QualityRejectedException e) {
            show(e.check());
        }
    }
}
