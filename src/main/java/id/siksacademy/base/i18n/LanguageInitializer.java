package id.siksacademy.base.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * Gives every new UI its language: the signed-in user's remembered choice, else the choice made
 * on the login page (a cookie), else Bahasa Indonesia. The browser's language is ignored on
 * purpose: operators share devices configured in English.
 */
@Component
class LanguageInitializer implements VaadinServiceInitListener {

    static final String COOKIE = "siks-lang";

    private final UserLanguage userLanguage;
    private final AuthenticationContext authentication;

    LanguageInitializer(UserLanguage userLanguage, AuthenticationContext authentication) {
        this.userLanguage = userLanguage;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            Locale locale = authentication.isAuthenticated() ? userLanguage.current().orElseGet(this::fromCookie) : fromCookie();
            ui.getUI().setLocale(locale);
            ui.getUI().getSession().setLocale(locale);
        });
    }

    private Locale fromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return Optional.ofNullable(cookies).stream().flatMap(Arrays::stream)
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Languages.fromTag(c.getValue()))
                .findFirst()
                .orElse(Languages.INDONESIAN);
    }
}
