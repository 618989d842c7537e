package id.siksacademy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired AuditLog audit;
    @Autowired SessionRegistry sessions;
    @Autowired UserAccountRepository users;

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void admin_creates_an_operator_who_must_change_the_password_and_it_is_audited() {
        var created = accounts.create(new NewUser("  Rina.Op ", "Rina Operator", Role.OPERATOR, "kopi tubruk pagi", "33.18.01.2001"));

        assertThat(created.username()).isEqualTo("rina.op");
        assertThat(users.findByUsername("rina.op")).get()
                .extracting(UserAccount::isPasswordChangeRequired).isEqualTo(true);
        assertThat(audit.count(AuditAction.USER_CREATE, "rina.op")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void creation_refuses_a_common_password_and_a_taken_username() {
        assertThatThrownBy(() -> accounts.create(new NewUser("baru1", "Baru", Role.OPERATOR, "password123", "33.18.01.2001")))
                .isInstanceOf(AccountRejectedException.class).hasMessage("password.too-common");
        assertThatThrownBy(() -> accounts.create(new NewUser("operator", "X", Role.OPERATOR, "kopi tubruk pagi", "33.18.01.2001")))
                .isInstanceOf(AccountRejectedException.class).hasMessage("account.username.taken");
        assertThatThrownBy(() -> accounts.create(new NewUser("Bad Name!", "X", Role.OPERATOR, "kopi tubruk pagi", "33.18.01.2001")))
                .isInstanceOf(AccountRejectedException.class).hasMessage("account.username.invalid");
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void an_operator_cannot_use_the_admin_services() {
        assertThatThrownBy(() -> accounts.list("", PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> accounts.setEnabled(1L, false)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> audit.list(null, PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void disabling_a_user_ends_their_open_sessions_and_is_audited() {
        var target = accounts.create(new NewUser("tono", "Tono", Role.OPERATOR, "jalan desa berbatu", "33.18.01.2001"));
        var principal = User.withUsername("tono").password("x").roles("OPERATOR").build();
        sessions.registerNewSession("session-of-tono", principal);

        accounts.setEnabled(target.id(), false);

        assertThat(sessions.getSessionInformation("session-of-tono").isExpired()).isTrue();
        assertThat(users.findByUsername("tono")).get().extracting(UserAccount::isEnabled).isEqualTo(false);
        assertThat(audit.count(AuditAction.USER_DISABLE, "tono")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void role_change_and_reset_are_audited_and_a_reset_forces_a_new_password() {
        var target = accounts.create(new NewUser("wati", "Wati", Role.OPERATOR, "sungai juwana jernih", "33.18.01.2001"));

        accounts.changeRole(target.id(), Role.TRAINER);
        String temporary = accounts.resetPassword(target.id());

        assertThat(users.findByUsername("wati")).get().extracting(UserAccount::getRole).isEqualTo(Role.TRAINER);
        assertThat(temporary).hasSize(12);
        assertThat(audit.count(AuditAction.ROLE_CHANGE, "wati")).isEqualTo(1);
        assertThat(audit.count(AuditAction.PASSWORD_RESET, "wati")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void an_admin_cannot_disable_their_own_account() {
        long self = users.findByUsername("dinsos").orElseThrow().getId();
        assertThatThrownBy(() -> accounts.setEnabled(self, false))
                .isInstanceOf(AccountRejectedException.class).hasMessage("account.not-on-self");
    }

    @Test
    @WithMockUser(username = "pelatih", roles = "TRAINER")
    void a_user_changes_their_own_password_only_with_the_current_one() {
        assertThatThrownBy(() -> accounts.changeOwnPassword("salah sekali", "teh manis hangat"))
                .isInstanceOf(AccountRejectedException.class).hasMessage("password.current-wrong");
        accounts.changeOwnPassword("latihan123", "teh manis hangat");
        assertThatThrownBy(() -> accounts.changeOwnPassword("teh manis hangat", "short"))
                .isInstanceOf(AccountRejectedException.class).hasMessage("password.too-short");
    }
}
