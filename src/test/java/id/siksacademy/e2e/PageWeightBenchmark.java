package id.siksacademy.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import id.siksacademy.bench.BenchReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a village 3G link carries: bytes on the wire (headers and bodies, both ways, as compressed)
 * for the first and a repeat visit to the login page, opening one household from Data DTKS, and
 * recording one sandbox action (median of 15). Runs in -Pbench on the production build (the bench
 * profile prepares Vaadin's production bundle). Writes target/bench/pageweight.json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageWeightBenchmark {

    @LocalServerPort int port;

    @Test
    void measure_the_bytes_of_a_visit_a_household_and_an_action() throws Exception {
        try (Playwright playwright = Chromium.playwright()) {
            Browser browser = Chromium.launch(playwright);
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            var bytes = new AtomicLong();
            page.onRequestFinished(r -> bytes.addAndGet(wire(r)));

            page.navigate(url("login"));
            page.locator("vaadin-login-form").waitFor();
            settle(page);
            double firstVisit = take(bytes);

            Page again = context.newPage();
            var repeatBytes = new AtomicLong();
            again.onRequestFinished(r -> repeatBytes.addAndGet(wire(r)));
            again.navigate(url("login"));
            again.locator("vaadin-login-form").waitFor();
            settle(again);
            double repeatVisit = take(repeatBytes);
            again.close();

            new LoginPage(page).logIn("operator", "latihan123");
            var sandbox = SandboxPage.start(page, url(""), "verval-desa-1");
            sandbox.open("/dtks");
            page.locator("#dtks-grid vaadin-grid-cell-content:visible").nth(2).waitFor();
            settle(page);
            take(bytes);
            page.locator("#dtks-grid vaadin-grid-cell-content:visible").nth(2).click();
            page.locator(".member-card").first().waitFor();
            settle(page);
            double household = take(bytes);

            sandbox.open("/verval");
            var actions = new ArrayList<Double>();
            for (int i = 0; i < 15; i++) {
                page.locator("#verval-remaining vaadin-grid-cell-content:visible").nth(2).click();
                page.locator("#household-status vaadin-radio-button").first().click();
                settle(page);
                take(bytes);
                page.locator("#save-household-status").click();
                page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("Tersimpan"))
                        .first().waitFor();
                settle(page);
                actions.add(take(bytes));
                sandbox.open("/verval");
            }
            double[] sorted = actions.stream().mapToDouble(Double::doubleValue).sorted().toArray();

            var result = BenchReport.section();
            result.put("first_visit_kb", firstVisit);
            result.put("repeat_visit_kb", repeatVisit);
            result.put("open_household_kb", household);
            result.put("action_kb_median", sorted[sorted.length / 2]);
            result.put("action_kb_max", sorted[sorted.length - 1]);
            result.put("actions_measured", sorted.length);
            var targets = BenchReport.section();
            targets.put("open_household_kb", 30);
            targets.put("action_kb_median", 10);
            var sections = new java.util.LinkedHashMap<String, java.util.Map<String, Object>>();
            sections.put("pageweight", result);
            sections.put("targets", targets);
            BenchReport.write("pageweight", sections);
            System.out.println("actions kB: " + Arrays.toString(sorted));
        }
    }

    /** Bytes on the wire for one finished request: both ways, headers and (encoded) bodies. */
    private static long wire(Request request) {
        var s = request.sizes();
        return Math.max(0, s.requestHeadersSize) + Math.max(0, s.requestBodySize)
                + Math.max(0, s.responseHeadersSize) + Math.max(0, s.responseBodySize);
    }

    /** Lets the browser finish what the last step started and Playwright deliver its events. */
    private static void settle(Page page) {
        page.waitForTimeout(700);
    }

    private static double take(AtomicLong bytes) {
        return Math.round(bytes.getAndSet(0) / 102.4) / 10.0;
    }

    private String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }
}
