package id.siksacademy.sandbox.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.DateField;
import id.siksacademy.base.ui.Uploads;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxRefusedException;
import id.siksacademy.sandbox.SandboxService;
import jakarta.annotation.security.RolesAllowed;

/** Musyawarah desa: the meeting's date, participants and decisions, and its Berita Acara (PDF/JPG). */
@Route("sandbox/:attemptId(\\d{1,18})/musdes")
@RolesAllowed(Role.Names.OPERATOR)
class MusyawarahDesaView extends SandboxView {

    private Long fileId;
    private String fileName;

    MusyawarahDesaView(SandboxService sandbox) {
        super(sandbox);
    }

    @Override
    protected String titleKey() {
        return "sandbox.musdes.title";
    }

    @Override
    protected void render(BeforeEnterEvent event, Div body) {
        body.add(new Paragraph(getTranslation("sandbox.musdes.lead")));
        var recorded = ws.state().meeting();
        recorded.ifPresent(m -> body.add(DetailKeluargaView.fact(getTranslation("sandbox.musdes.recorded"),
                m.date() + " · " + m.participants() + " · " + m.fileName())));
        var date = new DateField(getTranslation("sandbox.musdes.date"));
        date.setId("musdes-date");
        var participants = new IntegerField(getTranslation("sandbox.musdes.participants"));
        participants.setMin(2);
        participants.setMax(1000);
        participants.setId("musdes-participants");
        var decisions = new TextArea(getTranslation("sandbox.musdes.decisions"));
        decisions.setMaxLength(2000);
        decisions.setId("musdes-decisions");
        recorded.ifPresent(m -> {
            date.setValue(m.date());
            participants.setValue(m.participants());
            decisions.setValue(m.decisions());
            fileId = m.fileId();
            fileName = m.fileName();
        });
        var fileStatus = new Span(fileName == null ? getTranslation("sandbox.musdes.no-file") : fileName);
        fileStatus.setId("musdes-file");
        var upload = upload(fileStatus);
        var save = new Button(getTranslation("sandbox.musdes.save"), e -> {
            var action = new SandboxAction.RecordMeeting(date.getValue() == null ? "" : date.getValue().toString(),
                    participants.getValue() == null ? 0 : participants.getValue(), decisions.getValue(),
                    fileId == null ? 0 : fileId, fileName);
            if (record(action).isPresent()) {
                saved();
                go(MusyawarahDesaView.class);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("musdes-save");
        var form = new FormLayout(date, participants, decisions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(decisions, 2);
        var file = new Div(new Span(getTranslation("sandbox.musdes.file")), upload, fileStatus);
        file.addClassName("musdes-file");
        if (!ws.readOnly()) {
            body.add(form, file, save);
        }
    }

    private Upload upload(Span fileStatus) {
        int mb = SandboxService.MAX_FILE_BYTES / 1024 / 1024;
        var upload = new Upload();
        upload.setUploadHandler(Uploads.bounded(SandboxService.MAX_FILE_BYTES,
                getTranslation("sandbox.error.file-size", mb), new Uploads.Receiver() {
                    @Override
                    public void accepted(String name, byte[] content) {
                        try {
                            fileId = sandbox.uploadMinutes(attemptId, name, content);
                            fileName = name;
                            fileStatus.setText(name);
                        } catch (SandboxRefusedException e) {
                            refused(message(e.problem()));
                        }
                    }

                    @Override
                    public void refused(String message) {
                        upload.clearFileList(); // no green tick for a refused file, and room for the next one
                        SandboxView.notify(message, NotificationVariant.ERROR);
                    }
                }));
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(SandboxService.MAX_FILE_BYTES);
        upload.addFileRejectedListener(e -> {
            upload.clearFileList();
            notify(getTranslation("sandbox.error.file-type-or-size", mb), NotificationVariant.ERROR);
        });
        Uploads.localise(upload);
        upload.setId("musdes-upload");
        return upload;
    }
}
