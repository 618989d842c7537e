package id.siksacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.siksacademy.account.OneTimePassword;
import id.siksacademy.base.text.TableExport;
import id.siksacademy.base.ui.Failures;
import id.siksacademy.base.ui.Uploads;
import id.siksacademy.region.Regions;
import id.siksacademy.region.ui.DesaPicker;
import id.siksacademy.training.CohortService;
import id.siksacademy.training.RosterCheck;
import id.siksacademy.training.RosterRejectedException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Impor CSV: upload a roster, see every row with its problems by row and column, import only a clean
 * file (all or nothing), then download the one-time passwords once.
 */
class RosterImportPanel extends Div {

    static final int MAX_BYTES = 1024 * 1024;

    private final CohortService cohorts;
    private final Regions regions;
    private final long cohortId;
    private final Runnable imported;
    private final Div result = new Div();
    private final Upload upload = new Upload();
    private byte[] file;

    RosterImportPanel(CohortService cohorts, Regions regions, long cohortId, Runnable imported) {
        this.cohorts = cohorts;
        this.regions = regions;
        this.cohortId = cohortId;
        this.imported = imported;
        addClassName("roster-panel");
        var explain = new Paragraph(getTranslation("roster.explain"));
        String sampleDesa = regions.home().villages().findFirst().map(v -> v.code()).orElse("");
        var template = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] csv = ("nama,username,kode desa,telepon/email\r\n"
                    + "Siti Aminah,siti.aminah," + sampleDesa + ",081234567890\r\n").getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "contoh-daftar-operator.csv", "text/csv", csv.length);
        }), getTranslation("roster.template"));
        template.setId("roster-template");
        upload.setUploadHandler(Uploads.bounded(MAX_BYTES, getTranslation("roster.error.too-large", MAX_BYTES / 1024),
                new Uploads.Receiver() {
                    @Override
                    public void accepted(String fileName, byte[] content) {
                        file = content;
                        check();
                    }

                    @Override
                    public void refused(String message) {
                        upload.clearFileList();
                        result.removeAll();
                        result.add(problemLine(message));
                    }
                }));
        upload.setAcceptedFileTypes("text/csv", ".csv", "text/plain", ".txt");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(e -> {
            upload.clearFileList();
            result.removeAll();
            result.add(problemLine(getTranslation("roster.error.type-or-size", MAX_BYTES / 1024)));
        });
        Uploads.localise(upload);
        upload.setId("roster-upload");
        result.setId("roster-result");
        add(explain, template, upload, result);
    }

    private void check() {
        result.removeAll();
        RosterCheck check = cohorts.checkRoster(cohortId, file);
        show(check);
    }

    private void show(RosterCheck check) {
        result.removeAll();
        for (var p : check.fileProblems()) {
            result.add(problemLine(describe(p)));
        }
        if (check.rows().isEmpty()) {
            upload.clearFileList();
            return;
        }
        long bad = check.rows().stream().filter(r -> !r.problems().isEmpty()).count();
        var summary = new Paragraph(check.clean() ? getTranslation("roster.clean", check.rows().size())
                : getTranslation("roster.not-clean", check.rows().size(), bad, check.allProblems().size()));
        summary.addClassName(check.clean() ? "callout" : "problem-callout");
        summary.setId("roster-summary");
        result.add(summary);
        var grid = new Grid<RosterCheck.Row>();
        grid.addColumn(RosterCheck.Row::row).setHeader(getTranslation("roster.col.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            var cell = new Div();
            r.problems().forEach(p -> cell.add(problemLine(describeInRow(p))));
            if (r.problems().isEmpty()) {
                var ok = new Span(getTranslation("roster.row-ok"));
                ok.getElement().getThemeList().add("badge success");
                cell.add(ok);
            }
            return cell;
        }).setHeader(getTranslation("roster.col.problems")).setFlexGrow(3).setWidth("16rem");
        grid.addColumn(RosterCheck.Row::fullName).setHeader(getTranslation("progress.col.name")).setAutoWidth(true);
        grid.addColumn(RosterCheck.Row::username).setHeader(getTranslation("progress.col.username")).setAutoWidth(true);
        grid.addColumn(r -> r.desaCode() == null ? "" : DesaPicker.label(regions, r.desaCode()))
                .setHeader(getTranslation("users.desa")).setAutoWidth(true);
        grid.addColumn(r -> r.contact() == null ? "" : r.contact()).setHeader(getTranslation("cohort.contact")).setAutoWidth(true);
        // rows with problems first: that is what the trainer has to fix
        var rows = new ArrayList<>(check.rows().stream().filter(r -> !r.problems().isEmpty()).toList());
        rows.addAll(check.rows().stream().filter(r -> r.problems().isEmpty()).toList());
        grid.setItems(rows);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setId("roster-grid");
        grid.addClassName("roster-grid");
        result.add(grid);
        if (check.clean()) {
            var go = new Button(getTranslation("roster.import", check.rows().size()), e -> importNow());
            go.addThemeVariants(ButtonVariant.PRIMARY);
            go.setId("roster-import");
            result.add(go);
        } else {
            result.add(new Paragraph(getTranslation("roster.fix-and-retry")));
            upload.clearFileList();
        }
    }

    private void importNow() {
        try {
            var passwords = cohorts.importRoster(cohortId, file);
            file = null;
            result.removeAll();
            upload.clearFileList();
            imported.run();
            passwordsDialog(passwords);
        } catch (RosterRejectedException e) { // something changed since the preview (a username taken meanwhile)
            show(e.check());
        } catch (RuntimeException e) {
            Failures.show("roster.import-failed", e);
        }
    }

    private void passwordsDialog(List<OneTimePassword> passwords) {
        var dialog = new Dialog(getTranslation("roster.passwords.title", passwords.size()));
        dialog.setCloseOnOutsideClick(false);
        dialog.add(new Paragraph(getTranslation("roster.passwords.explain")));
        var header = List.of(getTranslation("progress.col.name"), getTranslation("progress.col.username"),
                getTranslation("progress.col.desa-code"), getTranslation("roster.col.password"));
        var rows = passwords.stream().map(p -> List.<Object>of(p.fullName(), p.username(), p.desaCode(), p.password())).toList();
        var csv = new AtomicReference<>(TableExport.csv(header, rows));
        var xlsx = new AtomicReference<>(TableExport.xlsx(getTranslation("roster.col.password"), header, rows));
        var links = new Div();
        links.addClassName("download-links");
        dialog.add(links);
        links.add(once(csv, "kata-sandi-sekali-pakai.csv", "text/csv", "roster.passwords.csv", "passwords-csv"),
                once(xlsx, "kata-sandi-sekali-pakai.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "roster.passwords.xlsx",
                        "passwords-xlsx"));
        var close = new Button(getTranslation("roster.passwords.close"), e -> {
            csv.set(null);
            xlsx.set(null);
            dialog.close();
        });
        close.setId("passwords-close");
        dialog.getFooter().add(close);
        dialog.open();
        Notification.show(getTranslation("roster.imported", passwords.size()), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    /** A link that serves its file once; afterwards (or after the dialog closed) the server answers 410 Gone. */
    private Anchor once(AtomicReference<byte[]> bytes, String name, String type, String labelKey, String id) {
        var link = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] b = bytes.getAndSet(null);
            if (b == null) {
                return DownloadResponse.error(410, "already downloaded");
            }
            return new DownloadResponse(new ByteArrayInputStream(b), name, type, b.length);
        }), getTranslation(labelKey));
        link.setId(id);
        link.addClassName("download-link");
        link.getElement().addEventListener("click", e -> link.getElement().getClassList().add("downloaded"));
        return link;
    }

    private String describe(RosterCheck.Problem p) {
        var args = new ArrayList<Object>();
        args.addAll(p.args());
        String text = getTranslation(p.messageKey(), args.toArray());
        if (p.row() == 0) {
            return text;
        }
        String column = p.column() == null ? "" : ", " + getTranslation("roster.column." + p.column().name());
        return getTranslation("roster.where", p.row(), column) + ": " + text;
    }

    /** The problem inside its row of the preview: the row number is beside it already. */
    private String describeInRow(RosterCheck.Problem p) {
        String text = getTranslation(p.messageKey(), p.args().toArray());
        return p.column() == null ? text : getTranslation("roster.column." + p.column().name()) + ": " + text;
    }

    private static Span problemLine(String text) {
        var line = new Span(text);
        line.addClassName("problem-line");
        return line;
    }
}
