package id.siksacademy.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A signed-in user opened a page their role may not: said in their language, without the framework's reason. */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("narrow-view");
        add(new H1(getTranslation("error.forbidden.title")), new Paragraph(getTranslation("error.forbidden")),
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
