package id.siksacademy.monitoring.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
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
        var upload = new Upload();
        upload.setUploadHandler(Uploads.bounded(MAX_BYTES, getTranslation("quality.error.too-large", 2),
                new Uploads.Receiver() {
                    @Override
                    public void accepted(String fileName, byte[] content) {
                        file = content;
                        show(monitoring.checkQuality(content));
                        upload.clearFileList();
                    }

                    @Override
                    public void refused(String message) {
                        upload.clearFileList();
                        result.removeAll();
                        result.add(line(message));
                    }
                }));
        upload.setAcceptedFileTypes("text/csv", ".csv", ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        Uploads.localise(upload);
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
        check.problems().stream().limit(200).forEach(p -> result.add(line(describe(p))));
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

    private String describe(QualityCheck.Problem p) {
        String text = getTranslation(p.messageKey(), p.args().toArray());
        if (p.row() == 0) {
            return text;
        }
        return getTranslation("roster.where", p.row(), p.column() == null ? "" : ", " + getTranslation("quality.column",
                p.column())) + ": " + text;
    }

    private static Span line(String text) {
        var line = new Span(text);
        line.addClassName("problem-line");
        return line;
    }
}
