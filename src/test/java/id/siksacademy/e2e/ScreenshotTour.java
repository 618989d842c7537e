package id.siksacademy.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Not a test: walks the app and saves the README's screenshots (desktop and 360 px wide) to
 * docs/screenshots. Run with: mvn verify -Dsurefire.skip=true -Dit.test=ScreenshotTour
 */
class ScreenshotTour extends BrowserJourney {

    private static final Path OUT = Path.of("docs/screenshots");

    @Test
    void take_screenshots() {
        for (boolean phone : new boolean[] {false, true}) {
            page.setViewportSize(phone ? 360 : 1280, phone ? 740 : 800);
            String suffix = phone ? "-360" : "";
            page.navigate(url("login"));
            page.locator("vaadin-login-form").waitFor();
            shot("login" + suffix);
            tour("operator", "operator" + suffix);
            tour("pelatih", "trainer" + suffix);
            tour("dinsos", "dinsos" + suffix);
            page.navigate(url("dinsos/pengguna"));
            page.locator("#users-grid").waitFor();
            page.waitForTimeout(800);
            shot("users" + suffix);
            page.navigate(url("dinsos/audit"));
            page.locator("#audit-grid").waitFor();
            page.waitForTimeout(800);
            shot("audit" + suffix);
            page.locator("#logout").click();
            page.locator("vaadin-login-form").waitFor();
        }
    }

    private void tour(String username, String name) {
        page.context().clearCookies();
        new LoginPage(page).open(url("login")).logIn(username, "latihan123");
        page.locator("h1").waitFor();
        page.waitForTimeout(500);
        shot(name);
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name + ".png")));
    }
}
