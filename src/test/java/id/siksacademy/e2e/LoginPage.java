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

    /** Submits the form and waits until the browser has left the login page (or come back with ?error). */
    void logIn(String username, String password) {
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form button[type='submit']")
                .first().click();
        page.waitForURL(url -> !url.matches(".*/login/?$"));
        page.waitForLoadState();
    }

    /**
     * Logs out and waits for the login page to have landed: navigating before that aborts the
     * logout's own navigation (net::ERR_ABORTED on a busy machine).
     */
    static void logOut(Page page) {
        page.locator("#logout").click();
        page.waitForURL(url -> url.matches(".*/login\\?logout$"));
        page.locator("vaadin-login-form").waitFor();
    }
}
