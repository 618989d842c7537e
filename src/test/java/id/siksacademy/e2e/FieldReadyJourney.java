package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Scenario;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a day-long bimtek needs from the browser's side: no CSP breakage, paper dates, safe uploads, the way back. */
class FieldReadyJourney extends BrowserJourney {

    @Autowired JdbcTemplate jdbc;

    @Test
    void every_screen_works_under_the_content_security_policy() {
        var violations = new ArrayList<String>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(page.url() + ": " + m.text());
            }
        });
        page.addInitScript("window.__csp = []; document.addEventListener('securitypolicyviolation',"
                + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));");
        page.navigate(url("login"));
        page.locator("vaadin-login-form").waitFor();
        collect(violations);
        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");
        var sandbox = SandboxPage.start(page, url(""), "terpandu-k4-peristiwa");
        Scenario scenario = AttemptAnswers.scenario(jdbc, sandbox.attemptId);
        String household = scenario.households().getFirst().id();
        for (String screen : List.of("", "/dtks", "/keluarga/" + household, "/verval", "/verval/" + household, "/padan",
                "/catatan", "/usulan", "/musdes", "/finalisasi")) {
            sandbox.open(screen);
            page.waitForTimeout(300);
            collect(violations);
        }
        sandbox.padanKk(scenario.households().getFirst().kk());
        sandbox.finalise();
        collect(violations);
        page.navigate(url("kemajuan"));
        page.waitForFunction("() => document.querySelector('#mastery-chart')?.chart !== undefined");
        collect(violations);
        for (String[] path : new String[][] {{"sandbox/abc", "Tidak ditemukan"}, {"hasil/1e3", "Tidak ditemukan"},
            {"sandbox/99999999999999999999", "Tidak ditemukan"}, {"dinsos/pengguna", "Tidak diizinkan"},
            {"operator", "Selamat datang"}}) {
            page.navigate(url(path[0]));
            assertThat(page.locator("h1").first()).containsText(path[1]);
            collect(violations);
        }
        LoginPage.logOut(page);
        new LoginPage(page).open(url("login")).logIn("dinsos", "latihan123");
        for (String path : List.of("dinsos", "dinsos/pengguna", "dinsos/audit", "operator")) {
            page.navigate(url(path));
            page.locator("h1").first().waitFor();
            page.waitForTimeout(300);
            collect(violations);
        }
        assertThat(violations).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void collect(List<String> violations) {
        var seen = (List<Object>) page.evaluate("() => (window.__csp || []).splice(0)");
        seen.forEach(v -> violations.add(page.url() + ": " + v));
    }

    @Test
    void dates_typed_from_paper_are_read_in_every_form_and_an_unreadable_one_says_why() {
        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");
        var sandbox = SandboxPage.start(page, url(""), "terpandu-k7-usulan");
        sandbox.open("/usulan");
        Locator field = page.locator("#member-0-birth-date").first();
        Locator input = field.locator("input").first();
        for (String typed : List.of("23-02-1960", "23/02/1960", "23021960", "1960-02-23")) {
            input.clear();
            input.pressSequentially(typed); // as typed from the KK, then on to the next field
            input.press("Tab");
            assertThat(field).hasJSProperty("value", "1960-02-23");
            assertThat(input).hasValue("23-02-1960");
        }
        input.clear();
        input.pressSequentially("31-02-1960");
        input.press("Tab");
        assertThat(field).hasAttribute("invalid", "");
        assertThat(field).containsText("Tanggal tidak terbaca");
        field.locator("[part~='toggle-button']").click();
        assertThat(field.getByText("Hari ini")).isVisible();
        assertThat(field.getByText("Batal")).isVisible();
    }

    @Test
    void a_refused_file_leaves_no_tick_and_the_next_upload_goes_through(@TempDir Path tmp) throws Exception {
        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");
        var sandbox = SandboxPage.start(page, url(""), "terpandu-k8-bulanan");
        sandbox.open("/musdes");
        Locator upload = page.locator("#musdes-upload");
        assertThat(upload).containsText("Pilih berkas");

        Path fake = tmp.resolve("berita-acara.pdf");
        Files.writeString(fake, "bukan pdf sungguhan");
        upload.locator("input[type=file]").setInputFiles(fake);
        assertThat(notice("Hanya berkas PDF atau JPG")).isVisible();
        assertThat(upload.locator("vaadin-upload-file")).hasCount(0);

        Path big = tmp.resolve("terlalu-besar.pdf");
        Files.write(big, new byte[3 * 1024 * 1024]);
        upload.locator("input[type=file]").setInputFiles(big);
        assertThat(notice("maksimal 2 MB")).isVisible();
        assertThat(upload.locator("vaadin-upload-file")).hasCount(0);

        Path real = tmp.resolve("BA\u202Efdp.exe.pdf");
        Files.writeString(real, "%PDF-1.4\n%%EOF\n");
        upload.locator("input[type=file]").setInputFiles(real);
        assertThat(page.locator("#musdes-file")).hasText("BAfdp.exe.pdf");
    }

    private Locator notice(String text) {
        return page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText(text)).first();
    }

    @Test
    void a_50_mb_post_to_the_upload_target_is_cut_off_at_the_limit() throws Exception {
        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");
        var sandbox = SandboxPage.start(page, url(""), "terpandu-k8-bulanan");
        sandbox.open("/musdes");
        String target = page.locator("#musdes-upload").getAttribute("target");
        String cookies = page.context().cookies().stream().map(c -> c.name + "=" + c.value)
                .collect(Collectors.joining("; "));
        var taken = new AtomicLong();
        long fifty = 50L * 1024 * 1024;
        var request = HttpRequest.newBuilder(URI.create(url(target.replaceFirst("^/", ""))))
                .header("Cookie", cookies).header("X-Filename", "besar.pdf")
                .header("Content-Type", "application/pdf")
                .POST(HttpRequest.BodyPublishers.fromPublisher(counting(fifty, taken), fifty)).build();
        int status;
        try {
            status = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException closedEarly) { // the server stopped reading and closed the connection
            status = -1;
        }
        assertThat(status).isNotEqualTo(200);
        assertThat(taken.get()).as("bytes the server let in").isLessThan(12L * 1024 * 1024);
        assertThat(page.locator("#musdes-file")).hasText("Belum ada berkas");
    }

    /** A body of {@code size} zero bytes that counts how much of it was taken. */
    private static Flow.Publisher<ByteBuffer> counting(long size, AtomicLong taken) {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private boolean done;

            @Override
            public void request(long n) {
                for (long i = 0; i < n && !done; i++) {
                    long left = size - taken.get();
                    if (left <= 0) {
                        done = true;
                        subscriber.onComplete();
                        return;
                    }
                    int chunk = (int) Math.min(64 * 1024, left);
                    taken.addAndGet(chunk);
                    subscriber.onNext(ByteBuffer.allocate(chunk));
                }
            }

            @Override
            public void cancel() {
                done = true;
            }
        });
    }

    @Test
    void padan_from_a_member_card_leads_back_to_that_household_and_finalisasi_speaks_in_words() {
        new LoginPage(page).open(url("login")).logIn("operator", "latihan123");
        var sandbox = SandboxPage.start(page, url(""), "terpandu-k4-peristiwa");
        Scenario scenario = AttemptAnswers.scenario(jdbc, sandbox.attemptId);
        var moved = SandboxJourney.entry(scenario, FaultType.MOVED);
        var household = SandboxJourney.household(scenario, moved.householdId());
        sandbox.open("/keluarga/" + household.id());
        page.locator(".member-card vaadin-button").filter(new Locator.FilterOptions().setHasText("Padan")).first().click();
        assertThat(page.locator("#padan-outcome")).isVisible();
        page.locator("#padan-back").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/keluarga/" + household.id() + "$"));

        sandbox.open("/verval/" + household.id());
        page.locator("#household-status vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Pindah"))
                .click();
        page.locator("#save-household-status").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
        page.setViewportSize(360, 740);
        sandbox.open("/finalisasi");
        assertThat(page.locator("#changes")).containsText("Pindah");
        assertThat(page.locator("#changes")).not().containsText("PINDAH");
        assertThat(page.locator("#untouched-note")).containsText("dikirim apa adanya");
        assertThat(page.locator(".change-values").first()).hasCSS("flex-direction", "column");
        double bannerAndTabs = (Double) page.evaluate("() => document.querySelector('.sandbox-nav').getBoundingClientRect()"
                + ".bottom - document.querySelector('.simulation-banner').getBoundingClientRect().top");
        assertThat(bannerAndTabs).isLessThanOrEqualTo(110);
    }
}
