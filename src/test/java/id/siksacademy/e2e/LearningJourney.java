package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.siksacademy.scenario.ExpectedAction;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Learning from the platform alone: a guided exercise step by step with a hint, then the mixed practice. */
class LearningJourney extends BrowserJourney {

    private static final Path SHOTS = Screenshots.dir();

    @Autowired JdbcTemplate jdbc;

    @Test
    void a_guided_exercise_with_a_hint_then_the_practice_village_then_results_and_progress(@TempDir Path tmp)
            throws Exception {
        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");
        var guided = SandboxPage.start(page, url(""), "terpandu-k3-ganda");
        Scenario scenario = AttemptAnswers.scenario(jdbc, guided.attemptId);

        assertThat(page.locator("#guide")).containsText("Langkah 1");
        page.locator("#hint-ganda").click();
        assertThat(page.locator(".guide-hint")).hasCount(1);
        page.locator("#check-ganda").click();
        assertThat(page.locator("#feedback-ganda")).hasText("0 dari 2 sudah benar.");
        assertThat(page.locator("#feedback-ganda")).not().containsText("Periksa rumah tangga"); // a check never says where
        page.locator("#show-ganda").click(); // that is help, and it costs
        assertThat(page.locator("#shown-ganda")).containsText("Periksa rumah tangga");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("guided.png")));

        for (var entry : scenario.answerKey().entries()) {
            if (entry.fault() == FaultType.DUPLICATE_PERSON) {
                var link = (ExpectedAction.SetMemberStatus) entry.action();
                var household = SandboxJourney.household(scenario, entry.householdId());
                int index = household.members().size() - 1; // the copy is listed last
                guided.markDuplicate(household.id(), index, SandboxJourney.household(scenario,
                        link.linkedHouseholdId()).kk());
            }
            if (entry.fault() == FaultType.HOUSEHOLD_DUPLICATE) {
                var link = (ExpectedAction.SetHouseholdStatus) entry.action();
                guided.setHouseholdStatus(entry.householdId(), "Ganda", link.linkedHouseholdId());
            }
        }
        page.locator("#check-ganda").click();
        assertThat(page.locator("#feedback-ganda")).hasText("Langkah selesai: 2 dari 2 benar.");

        Path minutes = tmp.resolve("berita-acara.pdf");
        Files.writeString(minutes, "%PDF-1.4\n%%EOF\n");
        guided.recordMeeting(scenario.spec().asOf().minusDays(1).toString(), 12, "Hasil verval data ganda disepakati.",
                minutes);
        guided.finalise();
        assertThat(page.locator("#result-score")).hasText("90.0"); // all right, minus a hint and a household shown
        assertThat(page.locator("#result-verdict")).hasText("Lulus dengan bantuan");
        assertThat(page.locator("#result-help")).containsText("1 petunjuk");

        var practice = SandboxPage.start(page, url(""), "verval-desa-1");
        Scenario village = AttemptAnswers.scenario(jdbc, practice.attemptId);
        var death = SandboxJourney.entry(village, FaultType.DECEASED);
        var bereaved = SandboxJourney.household(village, death.householdId());
        practice.setMemberStatus(bereaved.id(), SandboxJourney.memberIndex(bereaved, death.memberNik()), "Meninggal");
        var clean = village.answerKey().entries().stream().filter(e -> e.fault() == FaultType.CLEAN
                && SandboxJourney.household(village, e.householdId()).members().size() > 1).findFirst().orElseThrow();
        practice.setMemberStatus(clean.householdId(), 1, "Meninggal"); // a living person: a critical error
        practice.finalise();
        assertThat(page.locator("#result-verdict")).hasText("Belum lulus");
        assertThat(page.locator("#critical-errors")).containsText("Orang yang masih hidup ditandai meninggal");
        assertThat(page.locator("#failed-gates")).isVisible();
        assertThat(page.locator(".feedback-list")).containsText("Terlewat");
        assertThat(page.locator(".feedback-list")).containsText("Akibatnya bagi keluarga");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("result.png")).setFullPage(false));

        page.navigate(url("kemajuan"));
        assertThat(page.locator("#mastery-table")).containsText("K3");
        page.waitForFunction("() => document.querySelector('#mastery-chart').chart !== undefined");
        assertThat((Boolean) page.evaluate("() => document.querySelector('#mastery-chart canvas').width > 0")).isTrue();
        assertThat(page.locator("#recommendation")).containsText("Kompetensi terlemah");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("progress.png")));
        page.setViewportSize(360, 740);
        page.waitForTimeout(500);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("progress-360.png")));
        page.navigate(url("hasil/" + practice.attemptId));
        page.locator("#result-score").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("result-360.png")));
        page.navigate(url("sandbox/" + guided.attemptId + "/dtks"));
        page.locator("#guide").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("guided-360.png")));
    }
}
