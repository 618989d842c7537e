package id.siksacademy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import id.siksacademy.base.text.SafeText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Uploads that never hold more than their limit: the body is read while it arrives and reading
 * stops at the limit (the container discards the rest and closes the connection). File names are
 * cleaned ({@link SafeText#fileName}) before anyone sees them. Texts in the user's language.
 */
public final class Uploads {

    private Uploads() {
    }

    /** What to do, in the UI, with an accepted file, or with a refusal (the reason in words). */
    public interface Receiver {
        void accepted(String fileName, byte[] content);

        void refused(String message);
    }

    /**
     * A handler that accepts at most {@code maxBytes}; a declared or actual larger body is refused
     * with {@code tooLarge} without being read further.
     */
    public static UploadHandler bounded(int maxBytes, String tooLarge, Receiver receiver) {
        return new UploadHandler() {
            @Override
            public void handleUploadRequest(UploadEvent event) throws IOException {
                UI ui = event.getUI();
                String name = SafeText.fileName(event.getFileName());
                byte[] content = event.getFileSize() > maxBytes ? null : readAtMost(event.getInputStream(), maxBytes);
                if (content == null) {
                    event.reject(tooLarge);
                    ui.access(() -> receiver.refused(tooLarge));
                    return;
                }
                ui.access(() -> receiver.accepted(name, content));
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + 64 * 1024L; // multipart framing around one file
            }

            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        };
    }

    /**
     * A one-file upload in the UI's language, bounded as {@link #bounded}; its file list is cleared
     * after each file, so the next one can come at once. {@code types}: accepted MIME types and endings.
     */
    public static Upload single(int maxBytes, String tooLarge, Receiver receiver, String... types) {
        var upload = new Upload();
        upload.setUploadHandler(bounded(maxBytes, tooLarge, new Receiver() {
            @Override
            public void accepted(String fileName, byte[] content) {
                upload.clearFileList();
                receiver.accepted(fileName, content);
            }

            @Override
            public void refused(String message) {
                upload.clearFileList();
                receiver.refused(message);
            }
        }));
        upload.setAcceptedFileTypes(types);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        localise(upload);
        return upload;
    }

    /** "Baris 3, kolom kode: ..." for a problem of an uploaded table; the message alone for row 0 (the whole file). */
    public static com.vaadin.flow.component.html.Span problemLine(com.vaadin.flow.component.Component context, int row,
                                                                   String column, String message) {
        String text = row == 0 ? message : context.getTranslation("roster.where", row, column == null ? ""
                : ", " + context.getTranslation("quality.column", column)) + ": " + message;
        var line = new com.vaadin.flow.component.html.Span(text);
        line.addClassName("problem-line");
        return line;
    }

    /** The stream's bytes, or null as soon as it holds more than {@code max}. */
    static byte[] readAtMost(InputStream in, int max) throws IOException {
        var out = new ByteArrayOutputStream(Math.min(max, 64 * 1024));
        byte[] buffer = new byte[8192];
        int total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The upload's own texts (buttons, drop hint, errors, units) in the UI's language. */
    public static void localise(Upload upload) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop.one"))
                .setMany(upload.getTranslation("upload.drop.many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add.one"))
                .setMany(upload.getTranslation("upload.add.many")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(upload.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(upload.getTranslation("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("upload.status.connecting"))
                        .setStalled(upload.getTranslation("upload.status.stalled"))
                        .setProcessing(upload.getTranslation("upload.status.processing"))
                        .setHeld(upload.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining.prefix"))
                        .setUnknown(upload.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(upload.getTranslation("upload.error.server"))
                        .setUnexpectedServerError(upload.getTranslation("upload.error.unexpected"))
                        .setForbidden(upload.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(upload.getTranslation("upload.error.too-big"))));
        i18n.setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.file.retry"))
                .setStart(upload.getTranslation("upload.file.start"))
                .setRemove(upload.getTranslation("upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
    }
}
