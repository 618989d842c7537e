package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LoginLogoutJourney extends BrowserJourney {

    @Test
    void an_operator_logs_in_lands_on_their_home_and_logs_out() {
        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");

        assertThat(page).hasURL(Pattern.compile(".*/operator$"));
        assertThat(page.locator("h1")).containsText("Selamat datang, Siti Operator Desa");
        assertThat(page.locator("vaadin-side-nav-item")).hasCount(3);
        assertThat(page.locator("vaadin-side-nav")).containsText("Kemajuan saya");

        LoginPage.logOut(page);

        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator(".login-notice")).hasText("Anda telah keluar.");
        page.navigate(url("operator"));
        assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void a_wrong_password_gets_a_clear_message_in_indonesian() {
        new LoginPage(page).open(url("login")).logIn("pelatih", "bukan-ini");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).containsText("Nama pengguna atau kata sandi salah");
    }

    @Test
    void the_language_switch_turns_the_ui_to_english_and_is_remembered_for_the_user() {
        new LoginPage(page).open(url("login")).logIn("dinsos", "latihan123");
        assertThat(page.locator("vaadin-side-nav")).containsText("Pengguna");

        page.locator(".app-header vaadin-select").click();
        page.locator("vaadin-select-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("English"))
                .click();
        assertThat(page.locator("vaadin-side-nav")).containsText("Users");

        LoginPage.logOut(page);
        page.context().clearCookies();
        new LoginPage(page).open(url("login")).logIn("dinsos", "latihan123");
        assertThat(page.locator("vaadin-side-nav")).containsText("Audit log");
    }
}
