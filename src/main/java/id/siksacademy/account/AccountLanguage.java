package id.siksacademy.account;

import id.siksacademy.base.security.CurrentUser;
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
    private final CurrentUser currentUser;

    AccountLanguage(UserAccountRepository users, AccountService accounts, CurrentUser currentUser) {
        this.users = users;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> current() {
        return currentUser.username().flatMap(users::findByUsername)
                .map(u -> Languages.fromTag(u.getLocale()));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remember(Locale locale) {
        accounts.setOwnLocale(Languages.fromTag(locale.getLanguage()));
    }
}
