package id.siksacademy.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that failed to open: the user gets a plain message and the correlation id of the log line,
 * never the exception text or a stack trace (in any profile).
 */
@AnonymousAllowed
public class InternalErrorView extends Main implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String id = Failures.log(parameter.getCaughtException());
        removeAll();
        addClassName("narrow-view");
        var code = new Paragraph(getTranslation("error.code", id));
        code.setId("error-code");
        add(new H1(getTranslation("error.internal.title")), new Paragraph(getTranslation("error.internal")), code,
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
