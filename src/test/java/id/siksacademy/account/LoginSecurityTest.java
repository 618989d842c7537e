package id.siksacademy.account;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.HttpLogin;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The login form over real HTTP: CSRF, BCrypt's byte limit, and the headers every page carries. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginSecurityTest {

    @LocalServerPort int port;

    @Test
    void a_cross_site_login_post_without_the_token_creates_no_logged_in_session() {
        var browser = new HttpLogin(port);
        var forged = browser.loginWithoutToken("operator", "latihan123");
        assertThat(HttpLogin.location(forged)).isNotEqualTo("/");
        assertThat(HttpLogin.location(browser.get("/operator"))).as("still anonymous").startsWith("/login");
    }

    @Test
    void the_login_page_s_own_form_with_its_token_logs_in() {
        var browser = new HttpLogin(port);
        assertThat(HttpLogin.location(browser.login("operator", "latihan123"))).isEqualTo("/");
        assertThat(browser.get("/operator").statusCode()).isEqualTo(200);
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_an_ordinary_wrong_password() {
        var response = new HttpLogin(port).login("operator", "é".repeat(60));
        assertThat(HttpLogin.location(response)).isEqualTo("/login?error");
    }

    @Test
    void pages_carry_csp_referrer_nosniff_and_no_store_and_the_session_cookie_is_same_site() {
        var page = new HttpLogin(port).get("/login");
        var headers = page.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(headers.allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void an_error_response_carries_the_same_headers() {
        var missing = new HttpLogin(port).get("/favicon-that-does-not-exist.png");
        assertThat(missing.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(missing.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }
}
