package id.siksacademy.e2e;

import com.microsoft.playwright.Page;

/** The login page, as a user sees it. */
final class LoginPage {

    private final Page page;

    LoginPage(Page page) {
        this.page = page;
    }

    LoginPage open(String url) {
        page.navigate(url);
        page.locator("vaadin-login-form").waitFor();
        return this;
    }

    void logIn(String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                .first().click();
    }
}
