package id.siksacademy.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unexpected failures: logged with a short correlation id that the user sees, so that a trainer can
 * find the log line the operator reads out. The user is told the truth (it failed, what they typed
 * is still there), never a friendlier but false reason.
 */
public final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private Failures() {
    }

    /** Logs the failure under a new correlation id and returns the id. */
    public static String log(Throwable failure) {
        var random = ThreadLocalRandom.current();
        var id = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        log.error("Unexpected failure [{}]", id, failure);
        return id.toString();
    }

    /** Logs the failure and tells the user, with the message under {@code key} ({0} = correlation id). */
    public static void show(String key, Throwable failure) {
        String id = log(failure);
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        var notification = new Notification(ui.getTranslation(key, id), 10_000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.ERROR);
        notification.setId("failure-" + id.toLowerCase(Locale.ROOT));
        notification.open();
    }

    /** A save that failed: the form keeps its values, nothing was recorded. */
    public static void saveFailed(Throwable failure) {
        show("error.save-failed", failure);
    }
}
