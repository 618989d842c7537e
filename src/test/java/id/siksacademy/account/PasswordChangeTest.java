package id.siksacademy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The change-password page's current password is a login like any other: throttled, audited, locking. */
@SpringBootTest
@ActiveProfiles("test")
class PasswordChangeTest {

    @Autowired AccountService accounts;
    @Autowired AuditEventRepository audit;
    @Autowired UserAccountRepository users;
    @Autowired SessionRegistry sessions;
    @Autowired LoginFailureRepository failures;

    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;

    @org.junit.jupiter.api.BeforeEach
    void ownAccounts() {
        for (String name : new String[] {"sandi.satu", "sandi.dua"}) {
            var account = users.findByUsername(name).orElseGet(() -> new UserAccount(name, name, Role.OPERATOR,
                    java.time.Instant.now()));
            account.setPassword(encoder.encode("latihan123"), false);
            account.unlock();
            users.save(account);
            failures.deleteByUsername(name);
        }
    }

    @AfterEach
    void clean() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    @WithMockUser(username = "sandi.satu", roles = "OPERATOR")
    void wrong_current_passwords_are_audited_and_lock_the_account_and_end_its_sessions() {
        var principal = User.withUsername("sandi.satu").password("x").roles("OPERATOR").build();
        sessions.registerNewSession("sandi-satu-tab", principal);
        for (int i = 0; i < 5; i++) {
            int attempt = i;
            assertThatThrownBy(() -> accounts.changeOwnPassword("tebakan-" + attempt, "padi menguning di sawah"))
                    .isInstanceOf(AccountRejectedException.class).hasMessage("password.current-wrong");
        }
        assertThat(audit.countByActionAndTarget(AuditAction.PASSWORD_CHECK_FAILURE, "sandi.satu")).isEqualTo(5);
        assertThat(audit.countByActionAndTarget(AuditAction.LOCKOUT, "sandi.satu")).isEqualTo(1);
        assertThat(sessions.getSessionInformation("sandi-satu-tab").isExpired()).isTrue();
        assertThatThrownBy(() -> accounts.changeOwnPassword("latihan123", "padi menguning di sawah"))
                .as("locked: even the right one is refused").hasMessage("password.locked");
    }

    @Test
    @WithMockUser(username = "sandi.dua", roles = "TRAINER")
    void changing_one_s_own_password_ends_one_s_other_sessions_but_not_this_one() {
        var principal = User.withUsername("sandi.dua").password("x").roles("TRAINER").build();
        var here = new MockHttpServletRequest();
        String thisSession = here.getSession(true).getId();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(here));
        sessions.registerNewSession(thisSession, principal);
        sessions.registerNewSession("sandi-dua-phone", principal);

        accounts.changeOwnPassword("latihan123", "kereta pagi ke juwana");

        assertThat(sessions.getSessionInformation("sandi-dua-phone").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation(thisSession).isExpired()).isFalse();
        assertThat(audit.countByActionAndTarget(AuditAction.PASSWORD_CHANGE, "sandi.dua")).isPositive();
    }
}
