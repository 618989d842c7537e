package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.scenario.AnswerKey;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.ExpectedAction;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** An operator's month in the sandbox, end to end in a real browser. */
class SandboxJourney extends BrowserJourney {

    @Autowired JdbcTemplate jdbc;

    @Test
    void an_operator_fixes_a_nik_marks_a_death_records_the_meeting_and_finalises(@TempDir Path tmp) throws Exception {
        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");
        var sandbox = SandboxPage.start(page, url(""), "verval-desa-1");
        assertThat(page.locator(".simulation-banner")).containsText("DATA SIMULASI");
        Scenario scenario = AttemptAnswers.scenario(jdbc, sandbox.attemptId);

        // A NIK Dukcapil does not know: the right one is on the family's KK.
        var unknown = entry(scenario, FaultType.NIK_UNKNOWN);
        var fix = (ExpectedAction.CorrectField) unknown.action();
        DtksHousehold household = household(scenario, unknown.householdId());
        assertThat(sandbox.padanKk(household.kk())).containsText(fix.value());
        sandbox.correctMemberField(household.id(), memberIndex(household, unknown.memberNik()), "field-NIK", fix.value());
        page.navigate(url("sandbox/" + sandbox.attemptId + "/keluarga/" + household.id()));
        assertThat(page.locator(".members")).containsText(fix.value());

        // A member Dukcapil knows to have died.
        var death = entry(scenario, FaultType.DECEASED);
        DtksHousehold bereaved = household(scenario, death.householdId());
        sandbox.setMemberStatus(bereaved.id(), memberIndex(bereaved, death.memberNik()), "Meninggal");

        Path minutes = tmp.resolve("berita-acara.pdf");
        Files.writeString(minutes, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
        sandbox.recordMeeting(scenario.spec().asOf().minusDays(3).toString(), 24,
                "Musyawarah menyepakati hasil verval bulan ini dan satu usulan baru.", minutes);

        sandbox.finalise();
        page.navigate(url("operator"));
        assertThat(page.locator(".attempt-list")).containsText("Sudah dinilai");
        assertThat(jdbc.queryForObject("select status from attempt where id = ?", String.class, sandbox.attemptId))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void another_operators_attempt_is_not_found() {
        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");
        var sandbox = SandboxPage.start(page, url(""), "terpandu-k3-ganda");
        LoginPage.logOut(page);
        jdbc.update("insert into user_account (username, full_name, password_hash, role, enabled, "
                + "password_change_required, locale, created_at, version) select 'operator2', 'Operator Dua', "
                + "password_hash, role, true, false, 'id', created_at, 0 from user_account where username = 'operator'");
        new LoginPage(page).open(url("login")).logIn("operator2", "latihan123");
        page.waitForURL(u -> u.endsWith("/operator"));
        page.navigate(url("sandbox/" + sandbox.attemptId + "/dtks"));
        assertThat(page.locator("body")).not().containsText("DATA SIMULASI");
        assertThat(page.locator("h1")).hasText("Tidak ditemukan");
    }

    static AnswerKey.Entry entry(Scenario s, FaultType fault) {
        return s.answerKey().entries().stream().filter(e -> e.fault() == fault).findFirst().orElseThrow();
    }

    static DtksHousehold household(Scenario s, String id) {
        return s.households().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    static int memberIndex(DtksHousehold h, String nik) {
        for (int i = 0; i < h.members().size(); i++) {
            if (h.members().get(i).nik().equals(nik)) {
                return i;
            }
        }
        throw new IllegalArgumentException(nik);
    }
}
