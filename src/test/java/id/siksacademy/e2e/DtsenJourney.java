package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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

/**
 * A DTSEN month as an operator works it in Chromium: from the village's matching result to a member
 * missing from the record, a head who died, a child who married into another household, an aided
 * household ranked desil 8, the central anomaly list answered from the field checks, then the meeting,
 * finalisation and the approval chain. Each of those faults must come out fixed in the result.
 */
class DtsenJourney extends BrowserJourney {

    private static final Path SHOTS = Screenshots.dir();

    @Autowired JdbcTemplate jdbc;

    @Test
    void the_new_faults_are_fixed_through_the_screens_and_the_result_agrees(@TempDir Path tmp) throws Exception {
        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");
        var sandbox = SandboxPage.start(page, url(""), "verval-desa-1");
        Scenario scenario = AttemptAnswers.scenario(jdbc, sandbox.attemptId);
        assertThat(page.locator("#period")).containsText("batas kirim 17 Oktober 2026");

        // The village's matching result names the missing member; its line opens the household.
        var missing = SandboxJourney.entry(scenario, FaultType.MEMBER_MISSING);
        var person = ((ExpectedAction.AddMember) missing.action()).person();
        sandbox.open("/padan");
        page.locator("#padan-outcome-filter").click();
        page.locator("vaadin-select-item:visible").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Anggota KK belum terdata")).first().click();
        assertThat(page.locator("#padan-village")).containsText(person.name());
        SandboxPage.clickGridCell(page, "#padan-village", person.nik());
        page.waitForURL(u -> u.endsWith("/keluarga/" + missing.householdId()));
        sandbox.addMember(SandboxJourney.household(scenario, missing.householdId()).members().size(), person);
        assertThat(page.locator(".members")).containsText(person.nik());

        var headDied = SandboxJourney.entry(scenario, FaultType.HEAD_DECEASED);
        var replace = (ExpectedAction.ReplaceHead) headDied.action();
        var family = SandboxJourney.household(scenario, headDied.householdId());
        String heir = family.members().get(SandboxJourney.memberIndex(family, replace.newHeadNik())).name();
        sandbox.replaceHead(family.id(), 0, heir);

        var pecah = SandboxJourney.entry(scenario, FaultType.PECAH_KK);
        var move = (ExpectedAction.SetMemberStatus) pecah.action();
        var parents = SandboxJourney.household(scenario, pecah.householdId());
        sandbox.moveMember(parents.id(), SandboxJourney.memberIndex(parents, move.memberNik()), move.linkedHouseholdId());
        sandbox.open("/keluarga/" + move.linkedHouseholdId());
        assertThat(page.locator(".members")).containsText("ditandai pindah ke rumah tangga ini");

        var wellOff = SandboxJourney.entry(scenario, FaultType.WELL_OFF);
        sandbox.open("/keluarga/" + wellOff.householdId());
        assertThat(page.locator("#desil")).containsText(Integer.toString(
                SandboxJourney.household(scenario, wellOff.householdId()).desil()));
        sandbox.setEligibility(wellOff.householdId(), "Sudah mampu");

        for (var kind : java.util.List.of(FaultType.ANOMALY_CONFIRMED, FaultType.ANOMALY_REFUTED)) {
            var answer = (ExpectedAction.AnswerAnomaly) SandboxJourney.entry(scenario, kind).action();
            sandbox.answerAnomaly(answer.anomalyId(), answer.verdict() == id.siksacademy.scenario.Anomaly.Verdict.TERBUKTI
                    ? "Terbukti" : "Tidak terbukti", "Sesuai catatan lapangan");
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("anomali-answered.png")));

        Path minutes = tmp.resolve("berita-acara.pdf");
        Files.writeString(minutes, "%PDF-1.4\n%%EOF\n");
        sandbox.recordMeeting(scenario.spec().asOf().minusDays(2).toString(), 18, "Hasil verval dan anomali disepakati.",
                minutes);
        sandbox.finalise();

        for (var fixed : java.util.List.of(missing, headDied, pecah, wellOff,
                SandboxJourney.entry(scenario, FaultType.ANOMALY_CONFIRMED),
                SandboxJourney.entry(scenario, FaultType.ANOMALY_REFUTED))) {
            assertThat(page.locator(".feedback-list a[href$='/keluarga/" + fixed.householdId() + "']")).hasCount(0);
        }
        assertThat(page.locator("#critical-errors")).hasCount(0);

        sandbox.open("/persetujuan");
        assertThat(page.locator("#approval-chain")).containsText("usulan baru");
        assertThat(page.locator("#approval-chain")).containsText("2 dari 2 anomali dijawab");
    }
}
