package id.siksacademy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import id.siksacademy.HttpLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** When the lockout cannot be written, nobody gets in; what happened is audited all the same. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LockoutFailsClosedTest {

    @LocalServerPort int port;
    @MockitoSpyBean LoginFailureRepository failures;
    @Autowired UserAccountRepository users;
    @Autowired AuditEventRepository audit;

    @AfterEach
    void heal() {
        reset(failures);
        failures.deleteByUsername("operator");
        failures.deleteByUsername("pelatih");
    }

    @Test
    void a_lock_that_cannot_be_written_still_keeps_the_right_password_out_and_is_audited() {
        doThrow(new DataAccessResourceFailureException("disk full")).when(failures).deleteByUsername("pelatih");
        for (int i = 0; i < 5; i++) {
            assertThat(HttpLogin.location(new HttpLogin(port).login("pelatih", "salah-" + i))).isEqualTo("/login?error");
        }
        assertThat(users.findByUsername("pelatih").orElseThrow().getLockedUntil()).as("the write failed").isNull();

        assertThat(HttpLogin.location(new HttpLogin(port).login("pelatih", "latihan123")))
                .as("locked by its count of failures").isEqualTo("/login?error");
        assertThat(audit.countByActionAndTarget(AuditAction.LOGIN_FAILURE, "pelatih")).isEqualTo(6);
        assertThat(audit.countByActionAndTarget(AuditAction.LOCKOUT, "pelatih")).isPositive();
        assertThat(audit.countByActionAndTarget(AuditAction.LOGIN_SUCCESS, "pelatih")).isZero();
    }

    @Test
    void a_login_that_cannot_be_counted_does_not_happen() {
        doThrow(new DataAccessResourceFailureException("disk full")).when(failures).save(any());
        var browser = new HttpLogin(port);
        assertThat(HttpLogin.location(browser.login("operator", "latihan123"))).isEqualTo("/login?error");
        assertThat(HttpLogin.location(browser.get("/operator"))).startsWith("/login");
    }
}
