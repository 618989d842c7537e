package id.siksacademy.e2e;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Not a test: walks the app and saves the README's screenshots (desktop and 360 px wide) to
 * the screenshots directory (see Screenshots). Run as the README says.
 */
class ScreenshotTour extends BrowserJourney {

    private static final Path OUT = Screenshots.dir();

    @Test
    void take_screenshots() {
        for (boolean phone : new boolean[] {false, true}) {
            page.setViewportSize(phone ? 360 : 1280, phone ? 740 : 800);
            String suffix = phone ? "-360" : "";
            page.navigate(url("login"));
            page.locator("vaadin-login-form").waitFor();
            shot("login" + suffix);
            tour("operator", "operator" + suffix);
            sandbox(suffix);
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
            page.navigate(url("operator"));
            page.locator("h1").waitFor();
            page.waitForTimeout(300);
            shot("forbidden" + suffix);
            page.navigate(url("sandbox/abc"));
            page.locator("h1").waitFor();
            page.waitForTimeout(300);
            shot("not-found" + suffix);
            page.navigate(url("dinsos"));
            page.locator("#logout").waitFor();
            LoginPage.logOut(page);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void sandbox(String suffix) {
        var sandbox = SandboxPage.start(page, url(""), "verval-desa-1");
        var scenario = AttemptAnswers.scenario(jdbc, sandbox.attemptId);
        var unknown = SandboxJourney.entry(scenario, id.siksacademy.scenario.FaultType.NIK_UNKNOWN);
        var household = SandboxJourney.household(scenario, unknown.householdId());
        if (suffix.isEmpty()) { // a few changes, so that Finalisasi has something to show
            var fix = (id.siksacademy.scenario.ExpectedAction.CorrectField) unknown.action();
            sandbox.correctMemberField(household.id(), SandboxJourney.memberIndex(household, unknown.memberNik()),
                    "field-NIK", fix.value());
            var death = SandboxJourney.entry(scenario, id.siksacademy.scenario.FaultType.DECEASED);
            var bereaved = SandboxJourney.household(scenario, death.householdId());
            sandbox.setMemberStatus(bereaved.id(), SandboxJourney.memberIndex(bereaved, death.memberNik()), "Meninggal");
        }
        var anomaly = scenario.anomalies().getFirst();
        String[][] screens = {{"", "sandbox-beranda", null}, {"/dtks", "sandbox-dtks", null},
            {"/keluarga/" + household.id(), "sandbox-detail", null},
            {"/keluarga/" + anomaly.householdId(), "sandbox-programmes", "#programmes"},
            {"/verval/" + household.id(), "sandbox-verval", null},
            {"/verval/" + anomaly.householdId(), "sandbox-eligibility", "#eligibility-card"},
            {"/padan", "sandbox-padan-desa", null}, {"/anomali", "sandbox-anomali", null},
            {"/catatan", "sandbox-catatan", null}, {"/usulan", "sandbox-usulan", null},
            {"/usulan", "sandbox-ktp", ".ktp"}, {"/musdes", "sandbox-musdes", null},
            {"/finalisasi", "sandbox-finalisasi", null}, {"/persetujuan", "sandbox-persetujuan", null}};
        for (String[] screen : screens) {
            sandbox.open(screen[0]);
            if (screen[2] != null) {
                page.locator(screen[2]).first().scrollIntoViewIfNeeded();
            }
            page.waitForTimeout(700);
            shot(screen[1] + suffix);
        }
        sandbox.padanKk(household.kk());
        page.locator("#padan-result").scrollIntoViewIfNeeded();
        page.waitForTimeout(500);
        shot("sandbox-padan" + suffix);
        page.navigate(url("operator"));
        page.locator("h1").waitFor();
        shot("operator" + suffix);
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
