package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import id.siksacademy.Application;
import id.siksacademy.scenario.ExpectedAction;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Scenario;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The server restarts in the middle of an attempt: logging in again finds every recorded action. */
class RestartJourney {

    private ConfigurableApplicationContext app;
    private Playwright playwright;

    @AfterEach
    void stop() {
        if (playwright != null) {
            playwright.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void a_server_restart_mid_attempt_loses_nothing(@TempDir Path dir) throws Exception {
        String db = "jdbc:h2:file:" + dir.resolve("siks") + ";DB_CLOSE_ON_EXIT=FALSE";
        int port = freePort();
        String url = "http://localhost:" + port + "/";
        playwright = Chromium.playwright();
        Browser browser = Chromium.launch(playwright);

        app = start(db, port);
        Page page = browser.newPage();
        page.setDefaultTimeout(30_000);
        new LoginPage(page).open(url + "login").logIn("operator", "latihan123");
        var sandbox = SandboxPage.start(page, url, "verval-desa-1");
        Scenario scenario = AttemptAnswers.scenario(app.getBean(JdbcTemplate.class), sandbox.attemptId);
        var nameFault = SandboxJourney.entry(scenario, FaultType.NAME_MISMATCH);
        var household = SandboxJourney.household(scenario, nameFault.householdId());
        int member = SandboxJourney.memberIndex(household, nameFault.memberNik());
        String rightName = ((ExpectedAction.CorrectField) nameFault.action()).value();
        sandbox.correctMemberField(household.id(), member, "field-NAME", rightName);
        var moved = SandboxJourney.entry(scenario, FaultType.MOVED);
        sandbox.open("/verval/" + moved.householdId());
        page.locator("#household-status vaadin-radio-button").filter(
                new com.microsoft.playwright.Locator.FilterOptions().setHasText("Pindah")).click();
        page.locator("#household-reason input").fill("Pindah ke luar kabupaten menurut Dukcapil");
        page.locator("#save-household-status").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");

        app.close(); // the server goes down mid-attempt
        app = start(db, port);

        page.navigate(url + "login");
        new LoginPage(page).open(url + "login").logIn("operator", "latihan123");
        page.waitForURL(u -> u.endsWith("/operator"));
        assertThat(page.locator(".attempt-list")).containsText("Sedang dikerjakan");
        sandbox.open("/keluarga/" + household.id());
        assertThat(page.locator(".members")).containsText(rightName);
        sandbox.open("/finalisasi");
        assertThat(page.locator("#changes")).containsText(rightName);
        assertThat(page.locator("#changes")).containsText("Pindah");
        assertThat(page.locator("#changes")).not().containsText("PINDAH");
        sandbox.open("");
        assertThat(page.locator(".stat-cards")).containsText("Pindah");
    }

    private static ConfigurableApplicationContext start(String db, int port) {
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=" + port, "--spring.datasource.url=" + db);
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
