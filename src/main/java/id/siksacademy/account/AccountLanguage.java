package id.siksacademy.account;

import id.siksacademy.base.i18n.Languages;
import id.siksacademy.base.i18n.UserLanguage;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps each user's language choice on their account. */
@Service
class AccountLanguage implements UserLanguage {

    private final UserAccountRepository users;
    private final AccountService accounts;

    AccountLanguage(UserAccountRepository users, AccountService accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> current() {
        return users.findByUsername(AuditLog.currentActor())
                .map(u -> Languages.fromTag(u.getLocale()));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remember(Locale locale) {
        accounts.setOwnLocale(Languages.fromTag(locale.getLanguage()));
    }
}
