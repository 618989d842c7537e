package id.siksacademy.account;

import id.siksacademy.HttpLogin;
import id.siksacademy.MutableClock;
import id.siksacademy.TestClockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Real form logins over HTTP: five failures lock the account, even for the right password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.main.allow-bean-definition-overriding=true")
@org.springframework.context.annotation.Import(TestClockConfig.class)
@ActiveProfiles("test")
class LoginLockoutTest {

    static final MutableClock CLOCK = TestClockConfig.CLOCK;

    @LocalServerPort int port;
    @Autowired UserAccountRepository users;
    @Autowired AuditEventRepository audit;

    @Test
    void five_failures_in_fifteen_minutes_lock_the_account_for_fifteen_minutes() {
        assertThat(login("pelatih", "latihan123")).endsWith("/");
        for (int i = 0; i < 4; i++) {
            assertThat(login("pelatih", "salah-" + i)).endsWith("/login?error");
        }
        assertThat(users.findByUsername("pelatih").orElseThrow().isLockedAt(CLOCK.instant())).isFalse();

        login("pelatih", "salah-5");

        assertThat(users.findByUsername("pelatih").orElseThrow().isLockedAt(CLOCK.instant())).isTrue();
        assertThat(login("pelatih", "latihan123")).as("locked even with the right password")
                .endsWith("/login?error");
        assertThat(audit.countByActionAndTarget(AuditAction.LOCKOUT, "pelatih")).isEqualTo(1);
        assertThat(audit.countByActionAndTarget(AuditAction.LOGIN_FAILURE, "pelatih")).isEqualTo(6);

        CLOCK.advance(Duration.ofMinutes(16));
        assertThat(login("pelatih", "latihan123")).as("unlocked after 15 minutes").endsWith("/");
    }

    @Test
    void failures_spread_over_more_than_the_window_do_not_lock() {
        for (int i = 0; i < 8; i++) {
            login("operator", "salah-" + i);
            CLOCK.advance(Duration.ofMinutes(4));
        }
        assertThat(users.findByUsername("operator").orElseThrow().isLockedAt(CLOCK.instant())).isFalse();
        assertThat(login("operator", "latihan123")).endsWith("/");
    }

    private String login(String username, String password) {
        var response = new HttpLogin(port).login(username, password);
        assertThat(response.statusCode()).isEqualTo(302);
        return HttpLogin.location(response);
    }
}
