package id.siksacademy.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base for real-browser journeys: the app on a random port, Chromium driven by Playwright.
 * Uses Debian's Chromium when installed, else Playwright's own browser download.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserJourney {

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort int port;
    Page page;

    @BeforeAll
    static void launch() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setTimezoneId("Asia/Jakarta")).newPage();
        page.setDefaultTimeout(30_000);
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
