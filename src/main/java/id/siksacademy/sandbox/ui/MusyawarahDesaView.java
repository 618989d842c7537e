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
import id.siksacademy.base.ui.Times;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import id.siksacademy.sandbox.SandboxRefusedException;
import id.siksacademy.sandbox.SandboxService;
import jakarta.annotation.security.RolesAllowed;

/** Musyawarah desa: the meeting's date, participants and decisions, and its Berita Acara (PDF/JPG). */
@Route("sandbox/:attemptId(\\d{1,18})/musdes")
@RolesAllowed({Role.Names.OPERATOR, Role.Names.TRAINER, Role.Names.DINSOS_ADMIN})
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
        var state = ws.state();
        var calendar = state.calendar();
        body.add(new Paragraph(getTranslation("sandbox.musdes.lead")));
        if (state.scenario().regime().dtsen()) {
            var window = new Paragraph(getTranslation("sandbox.musdes.window",
                    Times.date(calendar.firstMeetingDay(state.asOf()), getLocale()),
                    Times.date(calendar.lastMeetingDay(state.asOf()), getLocale())));
            window.addClassName("info-note");
            window.setId("musdes-window");
            body.add(window);
        }
        var recorded = state.meeting();
        recorded.ifPresent(m -> body.add(DetailKeluargaView.fact(getTranslation("sandbox.musdes.recorded"),
                label(m.kind()) + " · " + Times.date(m.date(), getLocale()) + (m.kind() == SandboxAction.MeetingKind.MUSDES
                        ? " · " + getTranslation("sandbox.musdes.people", m.participants()) : "") + " · " + m.fileName())));
        var kind = new RadioButtonGroup<SandboxAction.MeetingKind>(getTranslation("sandbox.musdes.kind"));
        kind.setItems(SandboxAction.MeetingKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("sandbox.musdes.kind." + k.name()));
        kind.setValue(recorded.map(m -> m.kind()).orElse(SandboxAction.MeetingKind.MUSDES));
        kind.setId("musdes-kind");
        var date = new DateField(getTranslation("sandbox.musdes.date"));
        date.setId("musdes-date");
        date.setMin(calendar.firstMeetingDay(state.asOf()));
        date.setMax(calendar.lastMeetingDay(state.asOf()));
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
            boolean sptjm = kind.getValue() == SandboxAction.MeetingKind.SPTJM;
            var action = new SandboxAction.RecordMeeting(date.getValue() == null ? "" : date.getValue().toString(),
                    sptjm || participants.getValue() == null ? 0 : participants.getValue(), decisions.getValue(),
                    fileId == null ? 0 : fileId, fileName, kind.getValue());
            if (record(action).isPresent()) {
                saved();
                go(MusyawarahDesaView.class);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("musdes-save");
        Runnable kindShown = () -> {
            boolean sptjm = kind.getValue() == SandboxAction.MeetingKind.SPTJM;
            participants.setVisible(!sptjm);
            decisions.setLabel(getTranslation(sptjm ? "sandbox.musdes.statement" : "sandbox.musdes.decisions"));
        };
        kindShown.run();
        kind.addValueChangeListener(e -> kindShown.run());
        var form = new FormLayout(date, participants, decisions);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        form.setColspan(decisions, 2);
        var file = new Div(new Span(getTranslation("sandbox.musdes.file")), upload, fileStatus);
        file.addClassName("musdes-file");
        if (!ws.readOnly()) {
            body.add(kind, form, file, save);
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
