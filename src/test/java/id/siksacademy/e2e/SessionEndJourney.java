package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An administrator disables a user who is logged in elsewhere: that session ends at its next step. */
class SessionEndJourney extends BrowserJourney {

    @Autowired JdbcTemplate jdbc;

    @Test
    void disabling_a_user_ends_their_open_session() {
        jdbc.update("insert into user_account (username, full_name, password_hash, role, enabled, "
                + "password_change_required, locale, created_at, version) select 'operator3', 'Operator Tiga', "
                + "password_hash, role, true, false, 'id', created_at, 0 from user_account where username = 'operator'");
        Page operator = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
        operator.setDefaultTimeout(30_000);
        new LoginPage(operator).open(url("login")).logIn("operator3", "latihan123");
        assertThat(operator).hasURL(Pattern.compile(".*/operator$"));

        new LoginPage(page).open(url("login")).logIn("dinsos", "latihan123");
        page.navigate(url("dinsos/pengguna"));
        page.locator("#user-search input").fill("operator3"); // other journeys' accounts may fill the first page
        page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Operator Tiga")).first().waitFor();
        page.locator("vaadin-grid-cell-content vaadin-button:visible").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Nonaktifkan")).first().click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], vaadin-confirm-dialog vaadin-button[slot='confirm-button']")
                .first().click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("dinonaktifkan");

        operator.navigate(url("kemajuan"));
        assertThat(operator).hasURL(Pattern.compile(".*/login\\?ended$"));
        assertThat(operator.locator(".login-notice")).containsText("Sesi Anda diakhiri");
        operator.context().close();
    }
}
