package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import id.siksacademy.As;
import id.siksacademy.PerfectWork;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.certification.QrDecoding;
import id.siksacademy.sandbox.SandboxService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The operator's exam work is recorded through the services (the sandbox journeys drive those screens
 * already); then, in Chromium: the result page issues the certificate, the operator downloads the PDF
 * (it parses and holds the code and the verification URL the QR carries), an anonymous browser opens
 * that URL, `dinsos` revokes, and the page says dicabut.
 */
@org.springframework.context.annotation.Import(id.siksacademy.TestClockConfig.class) // the exam's clock, moved by hand
class CertificateJourney extends BrowserJourney {

    private static final Path SHOTS = Screenshots.dir();

    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired id.siksacademy.scoring.ScoringService scoring;

    @Test
    void an_operator_earns_a_certificate_anyone_can_verify_until_dinsos_revokes_it() throws Exception {
        long attemptId = examWorkedAsOperator();
        new LoginPage(page).open(url("login")).logIn("dinsos", "latihan123");
        int before = coveredDesa();
        LoginPage.logOut(page);

        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");
        examCountsDownAndWarns(attemptId);
        page.navigate(url("sandbox/" + attemptId + "/finalisasi"));
        page.locator("#finalise").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], vaadin-confirm-dialog vaadin-button[slot='confirm-button']")
                .first().click();
        assertThat(page.locator("#result-verdict")).hasText("Lulus");
        page.navigate(url("operator"));
        assertThat(page.locator("#certificates")).containsText("Operator SIKS-NG Tersertifikasi");
        assertThat(page.locator("#certificates")).containsText("Berlaku");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("certificate-home.png")));
        Download pdf = page.waitForDownload(() -> page.locator("[id^=certificate-pdf-]").first().click());
        String text;
        try (var in = Files.newInputStream(pdf.path())) {
            text = new PdfTextExtractor(new PdfReader(in)).getTextFromPage(1);
        }
        var found = Pattern.compile("Kode verifikasi: ([A-Za-z0-9_-]{22})").matcher(text);
        assertThat(found.find()).as(text).isTrue();
        String code = found.group(1);
        var link = Pattern.compile("(http\\S+/verifikasi/" + Pattern.quote(code) + ")").matcher(text.replace("\n", ""));
        assertThat(link.find()).as("the URL the QR code carries is printed too").isTrue();
        assertThat(text).contains("Siti Operator Desa", "Desa Prawoto");
        var rendered = QrDecoding.render(pdf.path().toFile(), 96);
        javax.imageio.ImageIO.write(rendered, "png", SHOTS.resolve("certificate-pdf.png").toFile());
        assertThat(QrDecoding.decode(rendered)).as("what a phone reads from the QR code").isEqualTo(link.group(1));
        LoginPage.logOut(page);

        // anyone, without logging in (the QR's URL with this test server's address)
        var anonymous = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
        anonymous.navigate(url("verifikasi/" + code));
        assertThat(anonymous.locator("#verification")).containsText("Siti Operator Desa");
        assertThat(anonymous.locator("#verify-status")).hasText("Berlaku");
        anonymous.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("certificate-verify.png")));
        anonymous.setViewportSize(360, 740);
        anonymous.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("certificate-verify-360.png")));
        anonymous.navigate(url("verifikasi/AAAAAAAAAAAAAAAAAAAAAA"));
        assertThat(anonymous.locator("#verify-not-found")).hasText("Sertifikat tidak ditemukan");

        new LoginPage(page).open(url("login")).logIn("dinsos", "latihan123");
        assertThat(coveredDesa()).as("Prawoto now has a certified operator").isEqualTo(before + 1);
        page.locator("#coverage-chart").waitFor();
        page.waitForTimeout(800); // the charts draw once Chart.js has loaded
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard.png")));
        SandboxPage.clickGridCell(page, "#dashboard-kecamatan", "Sukolilo");
        assertThat(page.locator("#dashboard-desa")).containsText("Prawoto");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard-desa.png")));
        page.setViewportSize(360, 740);
        page.navigate(url("dinsos/cakupan"));
        page.locator("#coverage-chart").waitFor();
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard-360.png")));
        page.setViewportSize(1280, 800);
        page.navigate(url("dinsos/sertifikat"));
        page.locator("#revoke-" + code).click();
        page.locator("#revoke-reason textarea").fill("Operator tidak lagi bertugas di desa ini");
        page.locator("#revoke-confirm").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Sertifikat dicabut");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("certificates-admin.png")));

        anonymous.navigate(url("verifikasi/" + code));
        assertThat(anonymous.locator("#verify-status")).hasText("Dicabut");
        anonymous.context().close();

        // the real system's monthly figures, with a mistake first
        page.navigate(url("dinsos/cakupan"));
        Path bad = Files.createTempFile("kualitas", ".csv");
        Files.writeString(bad, "kode desa;bulan;jumlah data;data valid\r\n33.18.01.2001;2026-08;120;130\r\n");
        page.locator("#quality-upload input[type=file]").setInputFiles(bad);
        assertThat(page.locator("#quality-result")).containsText("Baris 2, kolom data valid: data valid 130 lebih dari jumlah data 120");
        Path good = Files.createTempFile("kualitas", ".csv");
        Files.writeString(good, "kode desa;bulan;jumlah data;data valid\r\n33.18.01.2001;2026-08;120;90\r\n"
                + "33.18.01.2002;2026-08;80;60\r\n");
        page.locator("#quality-upload input[type=file]").setInputFiles(good);
        page.locator("#quality-import-button").click();
        page.waitForURL(u -> u.endsWith("/dinsos/cakupan"));
        assertThat(page.locator("#dashboard-kecamatan")).containsText("75.0% (1 bln)");
        page.locator("#quality-import").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard-quality.png")));
    }

    /** The exam's 60 minutes count down on every screen, with a warning at 10 and at 5 minutes left. */
    private void examCountsDownAndWarns(long attemptId) {
        var clock = id.siksacademy.TestClockConfig.CLOCK;
        page.navigate(url("sandbox/" + attemptId + "/dtks"));
        var time = page.locator("#exam-time-left");
        assertThat(time).hasText(Pattern.compile("Sisa waktu (60:00|59:5\\d)"));
        String first = time.textContent();
        page.waitForTimeout(2200);
        assertThat(time).not().hasText(first); // it ticks in the browser, without the server
        assertThat(page.locator("#exam-warning")).isEmpty();
        var moved = java.time.Duration.ZERO;
        try {
            clock.advance(java.time.Duration.ofMinutes(50).plusSeconds(2));
            moved = java.time.Duration.ofMinutes(50).plusSeconds(2);
            page.reload();
            assertThat(page.locator("#exam-warning")).containsText("Sisa 10 menit");
            assertThat(page.locator("#exam-countdown")).hasClass(Pattern.compile("warn"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("exam-countdown.png")));
            clock.advance(java.time.Duration.ofMinutes(5));
            moved = moved.plusMinutes(5);
            page.setViewportSize(360, 740);
            page.reload();
            assertThat(page.locator("#exam-warning")).containsText("Sisa 5 menit");
            assertThat(page.locator("#exam-countdown")).hasClass(Pattern.compile("urgent"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("exam-countdown-360.png")));
        } finally {
            clock.advance(moved.negated());
            page.setViewportSize(1280, 800);
        }
    }

    /** The dashboard's count of desa with a certified operator, as its lead sentence says it. */
    private int coveredDesa() {
        page.navigate(url("dinsos/cakupan"));
        String lead = page.locator(".view-header p").first().textContent();
        var m = Pattern.compile("^(\\d+) dari 406").matcher(lead.strip());
        assertThat(m.find()).as(lead).isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The exam's village done right through the services, as the operator, not yet finalised. */
    private long examWorkedAsOperator() {
        return new As(security).user("operator", "OPERATOR", () -> {
            PerfectWork.submit(attempts, sandbox, scoring, "verval-desa-1"); // passed: the exam unlocks
            return PerfectWork.record(attempts, sandbox, "ujian-operator", a -> a);
        });
    }
}
