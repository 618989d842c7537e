package id.siksacademy.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinResponse;
import id.siksacademy.base.ui.Failures;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Locale;

/**
 * The visible language switch. The choice is applied at once, kept in a cookie for the login
 * page, and remembered for the signed-in user when a {@link UserLanguage} is given.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(UserLanguage userLanguage) {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(l -> l.getLanguage().equals("id") ? "Indonesia" : "English");
        setAriaLabel("Bahasa / Language");
        addClassName("language-switch");
        setValue(Languages.fromTag(UI.getCurrent().getLocale().getLanguage()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                apply(e.getValue(), e.getOldValue(), userLanguage);
            }
        });
    }

    private void apply(Locale locale, Locale previous, UserLanguage userLanguage) {
        if (userLanguage != null) {
            try {
                userLanguage.remember(locale);
            } catch (RuntimeException e) { // not saved: say so, and stay in the language that is remembered
                setValue(previous);
                Failures.show("language.not-saved", e);
                return;
            }
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(LanguageInitializer.COOKIE, locale.getLanguage());
            cookie.setPath("/");
            cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(locale);
        ui.setLocale(locale);
        ui.getPage().reload();
    }
}
