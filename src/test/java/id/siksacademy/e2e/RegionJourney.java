package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.siksacademy.As;
import id.siksacademy.region.RegionService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * `dinsos` of Kabupaten Jepara sets it up: a broken code list first (its problems by row and column,
 * nothing stored), then the official one, previewed and imported, made the working region; the
 * village builder then offers Jepara's kecamatan and generates a village in Karimunjawa.
 */
class RegionJourney extends BrowserJourney {

    private static final Path SHOTS = Screenshots.dir();

    @Autowired RegionService regions;
    @Autowired SecurityContextHolderStrategy security;

    @AfterEach
    void patiIsHomeAgain() {
        new As(security).run("dinsos", "DINSOS_ADMIN", () -> regions.makeHome("33.18"));
    }

    @Test
    void dinsos_of_another_kabupaten_imports_its_official_list_and_builds_a_village_there() throws Exception {
        String jepara;
        try (InputStream in = getClass().getResourceAsStream("/regions/kemendagri-33.20-jepara.csv")) {
            jepara = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        new LoginPage(page).open(url("login")).logIn("dinsos", "latihan123");
        page.navigate(url("dinsos/wilayah"));
        assertThat(page.locator("#home-33\\.18")).hasText("Wilayah kerja");

        page.locator("#region-upload input[type=file]").setInputFiles(file("rusak", jepara
                .replace("33.20.10.2004,Nyamuk", "33.20.10.2004,Nyamuk\n33.20.10.2004,Nyamuk")
                + "33.20.17.2001,Desa Tanpa Kecamatan\n"));
        assertThat(page.locator("#region-summary")).containsText("2 masalah");
        assertThat(page.locator("#region-result")).containsText("Baris 139, kolom kode: kode 33.20.10.2004 sudah ada di baris 138");
        assertThat(page.locator("#region-result")).containsText("Baris 215, kolom kode: 33.20.17.2001: kecamatan 33.20.17 tidak ada di berkas");

        page.locator("#region-upload input[type=file]").setInputFiles(file("kemendagri-33.20-jepara", jepara));
        assertThat(page.locator("#region-summary"))
                .containsText("Kabupaten Jepara (33.20), Provinsi Jawa Tengah: 16 kecamatan, 184 desa, 11 kelurahan");
        assertThat(page.locator("#region-preview")).containsText("33.20.10 Karimunjawa");
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("regions-preview.png")));
        page.locator("#region-import-button").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Kabupaten Jepara disimpan");
        assertThat(page.locator("#region-list")).containsText("Kabupaten Jepara (33.20)");
        page.locator("#make-home-33\\.20").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], vaadin-confirm-dialog vaadin-button[slot='confirm-button']")
                .first().click();
        assertThat(page.locator("#home-33\\.20")).hasText("Wilayah kerja");
        assertThat(page.locator("vaadin-notification-card")).hasCount(0,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("regions.png")));
        page.setViewportSize(360, 740);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("regions-360.png")));
        page.setViewportSize(1280, 800);

        page.navigate(url("pelatih/latihan/baru"));
        page.locator("#builder-title-id input").fill("Desa Karimunjawa");
        page.locator("#builder-kecamatan input").fill("Karimunjawa");
        page.locator("vaadin-combo-box-item:visible").first().click();
        page.locator("#builder-households input").fill("20");
        page.locator("#fault-deceased input").fill("1");
        page.locator("#fault-outside_village input").fill("1");
        page.locator("#fault-outside_village input").press("Tab");
        page.locator("#builder-preview").click();
        assertThat(page.locator("#builder-validity")).containsText("Peserta sempurna: 100.0 (lulus)");
        assertThat(page.locator("#builder-result")).containsText("(33.20.10.");
        page.locator("#builder-result").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("regions-builder.png")));
    }

    private static Path file(String name, String text) throws IOException {
        Path path = Files.createTempDirectory("wilayah").resolve(name + ".csv");
        Files.writeString(path, text);
        return path;
    }
}
