package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A trainer's day: a cohort from a roster CSV (a bad file first), one-time passwords downloaded once,
 * an assignment with a due date; the new operator's first login, the task first on their home, an
 * action and finalisation; then the trainer's matrix and XLSX export, the review timeline with the
 * sandbox at a past step (read-only), a comment the operator reads on the result page.
 */
class TrainerJourney extends BrowserJourney {

    private static final Path SHOTS = Screenshots.dir();

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_trainer_runs_a_cohort_from_roster_to_review() throws Exception {
        String suffix = Long.toString(System.nanoTime() % 100_000);
        String username = "ani" + suffix;
        new LoginPage(page).open(url("login")).logIn("pelatih", "latihan123");
        page.navigate(url("pelatih/angkatan"));
        page.locator("#new-cohort").click();
        page.locator("#cohort-name input").fill("Angkatan Uji " + suffix);
        page.locator("#cohort-kecamatan input").fill("Sukolilo");
        page.locator("vaadin-combo-box-item:visible").first().click();
        page.locator("#save-cohort").click();
        page.waitForURL(u -> u.matches(".*/pelatih/angkatan/\\d+$"));

        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Impor CSV")).click();
        Path bad = Files.createTempFile("roster-bad", ".csv");
        Files.writeString(bad, "nama;username;kode desa;telepon/email\r\n" + "Ani Lestari;" + username
                + ";33.18.01.2001;081234567001\r\n;tanpa.nama;33.18.01.2002;\r\nBudi;operator;33.18.10.1001;12345\r\n",
                StandardCharsets.UTF_8);
        page.locator("#roster-upload input[type=file]").setInputFiles(bad);
        assertThat(page.locator("#roster-summary")).containsText("3 baris; 2 baris bermasalah");
        assertThat(page.locator("#roster-grid")).containsText("kolom nama: nama kosong");
        assertThat(page.locator("#roster-grid")).containsText("tidak ada dalam daftar Kemendagri");
        assertThat(page.locator("#roster-import")).hasCount(0);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-import.png")));

        Path good = Files.createTempFile("roster-good", ".csv");
        var roster = new StringBuilder("\uFEFFnama;username;kode desa;telepon/email\r\nAni Lestari;" + username
                + ";33.18.01.2001;081234567001\r\n");
        for (int i = 2; i <= 20; i++) { // a hall's worth: twenty operators of the kecamatan
            roster.append("Operator ").append(i).append(';').append(username).append('.').append(i)
                    .append(";33.18.01.20").append(String.format("%02d", 1 + i % 16)).append(";08123456").append(String.format("%04d", i))
                    .append("\r\n");
        }
        Files.write(good, roster.toString().getBytes(StandardCharsets.UTF_8));
        page.locator("#roster-upload input[type=file]").setInputFiles(good);
        assertThat(page.locator("#roster-summary")).containsText("20 baris, semuanya benar");
        page.locator("#roster-import").click();
        Download download = page.waitForDownload(() -> page.locator("#passwords-csv").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        String line = csv.lines().filter(l -> l.contains(username)).findFirst().orElseThrow();
        String password = line.substring(line.lastIndexOf(',') + 1).strip();
        assertThat(password).hasSize(12);
        var again = page.request().get(url(page.locator("#passwords-xlsx").getAttribute("href")));
        assertThat(again.status()).isEqualTo(200);
        var gone = page.request().get(url(page.locator("#passwords-xlsx").getAttribute("href")));
        assertThat(gone.status()).as("each file is served once").isEqualTo(410);
        page.locator("#passwords-close").click();

        String cohortUrl = page.url();

        // a village of the trainer's own, built on screen
        String title = "Desa Uji " + suffix;
        page.navigate(url("pelatih/latihan/baru"));
        page.locator("#builder-title-id input").fill(title);
        page.locator("#builder-kecamatan input").fill("Sukolilo");
        page.locator("vaadin-combo-box-item:visible").first().click();
        page.locator("#builder-households input").fill("20");
        page.locator("#fault-pecah_kk input").fill("9");
        page.locator("#fault-pecah_kk input").press("Tab");
        page.locator("#builder-preview").click();
        assertThat(page.locator("#builder-result")).containsText("dari 9 kesalahan pecah_kk yang muat di 20 rumah tangga");
        assertThat(page.locator("#builder-save")).isDisabled();
        page.locator("#fault-pecah_kk input").fill("0");
        page.locator("#fault-deceased input").fill("1");
        page.locator("#fault-nik_malformed input").fill("1");
        page.locator("#fault-nik_malformed input").press("Tab");
        page.locator("#builder-preview").click();
        assertThat(page.locator("#builder-validity")).containsText("Peserta sempurna: 100.0 (lulus)");
        page.locator("#builder-validity").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-builder.png")));
        page.locator("#builder-save").click();
        page.waitForURL(u -> u.endsWith("/pelatih/latihan"));
        assertThat(page.locator("#built-grid")).containsText(title);

        page.navigate(cohortUrl);
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Tugas")).click();
        page.locator("#assign-exercise").click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(title)).first().click();
        String due = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(7).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        page.locator("#assign-due input").fill(due);
        page.locator("#assign-due input").press("Enter");
        page.locator("#assign-save").click();
        assertThat(page.locator("#assignment-list")).containsText("Belum mulai: 20");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-assignments.png")));
        LoginPage.logOut(page);

        // the operator's first login with the one-time password
        new LoginPage(page).open(url("login")).logIn(username, password);
        page.locator("#current-password input").fill(password); // the first page is the forced change
        page.locator("#new-password input").fill("padi menguning di sawah");
        page.locator("#repeat-password input").fill("padi menguning di sawah");
        page.locator("#save-password").click();
        page.waitForURL(u -> u.endsWith("/operator"));
        assertThat(page.locator("#home-desa")).containsText("Prawoto");
        Locator tasks = page.locator("#tasks");
        assertThat(tasks).containsText(title);
        assertThat(tasks).containsText("Belum mulai");
        assertThat(page.locator("main h2").first()).hasText("Tugas dari pelatih");
        tasks.locator("vaadin-button").first().click();
        page.waitForURL(u -> u.matches(".*/sandbox/\\d+$"));
        long attemptId = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));
        var sandbox = new SandboxPage(page, url(""), attemptId);
        String householdId = AttemptAnswers.scenario(jdbc, attemptId).households().getFirst().id();
        sandbox.setHouseholdStatus(householdId, "Ditemukan", null);
        sandbox.finalise();
        LoginPage.logOut(page);

        // the trainer sees it
        new LoginPage(page).open(url("login")).logIn("pelatih", "latihan123");
        page.navigate(url("pelatih/kemajuan"));
        Locator matrix = page.locator("#matrix-grid");
        assertThat(matrix).containsText("Ani Lestari");
        Download xlsx = page.waitForDownload(() -> page.locator("#matrix-xlsx").click());
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nama");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                found |= username.equals(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(found).isTrue();
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-matrix.png")));
        page.navigate(url("pelatih/operator/" + username));
        assertThat(page.locator("#operator-attempts")).containsText(title);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-operator.png")));
        page.locator("#review-" + attemptId).click();
        page.waitForURL(u -> u.contains("pelatih/tinjau/" + attemptId));
        assertThat(page.locator("#review-timeline")).containsText("Verval rumah tangga " + householdId + ": Ditemukan");
        assertThat(page.locator("#review-timeline")).containsText("Finalisasi");
        page.locator("#review-comment-text textarea").fill("Bagus. Lain kali padankan dulu sebelum verval.");
        page.locator("#review-comment-send").click();
        assertThat(page.locator("#review-comments")).containsText("Lain kali padankan dulu");
        assertThat(page.locator("#review-timeline .review-changes-data").first())
                .containsText("Verval rumah tangga " + householdId); // data-changing acts are set apart
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-review.png")));
        page.locator("#see-1").click();
        assertThat(page.locator("#review-state")).containsText("sesudah tindakan ke-1 dari 2");
        assertThat(page.locator("#save-household-status")).hasCount(0); // read-only
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-review-sandbox.png")));
        page.setViewportSize(360, 740);
        page.navigate(url("pelatih/kemajuan"));
        assertThat(matrix).containsText("Ani Lestari");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-matrix-360.png")));
        page.navigate(url("pelatih/tinjau/" + attemptId));
        assertThat(page.locator("#review-timeline")).containsText("Finalisasi");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-review-360.png")));
        page.navigate(cohortUrl);
        page.locator("vaadin-tab").filter(new Locator.FilterOptions().setHasText("Impor CSV")).click();
        page.locator("#roster-upload input[type=file]").setInputFiles(bad);
        assertThat(page.locator("#roster-summary")).containsText("bermasalah");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-import-360.png")));
        page.navigate(url("pelatih/latihan/baru"));
        page.locator("#builder-preview").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("trainer-builder-360.png")));
        page.setViewportSize(1280, 800);
        LoginPage.logOut(page);

        // the operator reads the comment on the result page
        new LoginPage(page).open(url("login")).logIn(username, "padi menguning di sawah");
        page.navigate(url("hasil/" + attemptId));
        assertThat(page.locator("#trainer-comments")).containsText("Lain kali padankan dulu");
        assertThat(page.locator("#tasks")).hasCount(0);
    }
}
