package id.siksacademy.account.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.siksacademy.base.i18n.LanguageSwitch;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final AuthenticationContext authentication;
    private final Paragraph notice = new Paragraph();

    LoginView(AuthenticationContext authentication, Environment environment) {
        this.authentication = authentication;
        addClassName("login-view");

        var intro = new Div(new H1("SIKS Academy"), new Paragraph(getTranslation("login.lead")));
        intro.addClassName("login-intro");

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());

        notice.addClassName("login-notice");
        notice.setVisible(false);

        var card = new Div(new LanguageSwitch(null), notice, login);
        card.addClassName("login-card");
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            var demo = new Paragraph(getTranslation("login.demo-accounts"));
            demo.addClassName("login-demo");
            card.add(demo);
        }
        add(intro, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("error")) {
            login.setError(true);
            login.setI18n(errorI18n(lastFailure()));
        } else if (params.containsKey("logout")) {
            show("login.logged-out");
        } else if (params.containsKey("ended")) {
            show("login.session-ended");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | SIKS Academy";
    }

    private void show(String key) {
        notice.setText(getTranslation(key));
        notice.setVisible(true);
    }

    private static Object lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null ? null : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n errorI18n(Object failure) {
        var i18n = i18n();
        String key = failure instanceof LockedException ? "login.error.locked"
                : failure instanceof DisabledException ? "login.error.disabled"
                : failure instanceof InternalAuthenticationServiceException ? "login.error.unavailable"
                : "login.error.bad-credentials";
        i18n.getErrorMessage().setTitle(getTranslation(key + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(key));
        return i18n;
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.bad-credentials.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.bad-credentials"));
        i18n.getErrorMessage().setUsername(getTranslation("login.username.required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.password.required"));
        return i18n;
    }
}
