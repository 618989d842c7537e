package id.siksacademy.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Vaadin's own notices (session expired, lost connection, internal error) in the user's language,
 * saying that nothing recorded is lost: every action is stored before it is confirmed.
 */
@Component
class SystemMessagesInitializer implements VaadinServiceInitListener {

    private final I18NProvider i18n;

    SystemMessagesInitializer(I18NProvider i18n) {
        this.i18n = i18n;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> {
            Locale locale = info.getLocale() == null ? Languages.INDONESIAN : Languages.fromTag(info.getLocale().getLanguage());
            var messages = new CustomizedSystemMessages();
            messages.setSessionExpiredCaption(i18n.getTranslation("system.session-expired.title", locale));
            messages.setSessionExpiredMessage(i18n.getTranslation("system.session-expired", locale));
            messages.setInternalErrorCaption(i18n.getTranslation("system.error.title", locale));
            messages.setInternalErrorMessage(i18n.getTranslation("system.error", locale));
            return messages;
        });
    }
}
