package id.siksacademy.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Any failure in a click or value-change listener that the view did not handle: logged with a
 * correlation id and shown as a notice. The page stays as it is, so nothing typed is lost; no
 * exception text reaches the user.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(UnexpectedErrors::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable failure = event.getThrowable();
        if (clientWentAway(failure)) {
            return;
        }
        Failures.show("error.unexpected", failure);
    }

    /** A browser that closed the connection mid-response: nothing to tell anyone. */
    private static boolean clientWentAway(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getClass().getName().endsWith("ClientAbortException")) {
                return true;
            }
        }
        return false;
    }
}
