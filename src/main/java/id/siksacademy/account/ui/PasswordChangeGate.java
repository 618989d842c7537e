package id.siksacademy.account.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.siksacademy.account.AccountService;
import org.springframework.stereotype.Component;

/** Keeps a user with a temporary password on the change-password page until they change it. */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final AuthenticationContext authentication;

    PasswordChangeGate(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || !authentication.isAuthenticated()) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
