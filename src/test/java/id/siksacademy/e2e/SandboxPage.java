package id.siksacademy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** The sandbox screens of one attempt, driven as an operator would. */
final class SandboxPage {

    private final Page page;
    private final String base;
    final long attemptId;

    SandboxPage(Page page, String appUrl, long attemptId) {
        this.page = page;
        this.base = appUrl + "sandbox/" + attemptId;
        this.attemptId = attemptId;
    }

    /** Starts (or resumes) an exercise from the operator home and lands in its sandbox. */
    static SandboxPage start(Page page, String appUrl, String exerciseId) {
        page.navigate(appUrl + "operator");
        page.locator("#start-" + exerciseId).click();
        page.waitForURL(url -> url.matches(".*/sandbox/\\d+$"));
        String url = page.url();
        return new SandboxPage(page, appUrl, Long.parseLong(url.substring(url.lastIndexOf('/') + 1)));
    }

    /**
     * Clicks the grid cell holding {@code text}. A lazy grid reuses its cell elements while it re-renders
     * (after a filter, on a busy machine): a cell found a moment ago may be hidden by now, so the cell
     * is looked up afresh until a click lands.
     */
    static void clickGridCell(Page page, String grid, String text) {
        long until = System.nanoTime() + 30_000_000_000L;
        while (true) {
            try {
                page.locator(grid + " vaadin-grid-cell-content:visible")
                        .filter(new Locator.FilterOptions().setHasText(text)).first()
                        .click(new Locator.ClickOptions().setTimeout(2_000));
                return;
            } catch (com.microsoft.playwright.TimeoutError stale) {
                if (System.nanoTime() > until) {
                    throw stale;
                }
            }
        }
    }

    void open(String screen) {
        page.navigate(base + screen);
        page.locator(".simulation-banner").waitFor();
    }

    /** Padan Dukcapil on a KK number; returns the result panel. */
    Locator padanKk(String kk) {
        open("/padan");
        page.locator("#padan-kind vaadin-radio-button").nth(1).click();
        page.locator("#padan-query input").fill(kk);
        page.locator("#padan-check").click();
        Locator result = page.locator("#padan-result");
        assertThat(result.locator("#padan-outcome")).isVisible();
        return result;
    }

    void correctMemberField(String householdId, int memberIndex, String fieldId, String value) {
        open("/keluarga/" + householdId);
        page.locator("#edit-member-" + memberIndex).click();
        page.locator("vaadin-dialog-overlay #" + fieldId + " input, #" + fieldId + " input").first().fill(value);
        page.locator("#save-fields").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
    }

    void setMemberStatus(String householdId, int memberIndex, String statusLabel) {
        open("/verval/" + householdId);
        page.locator("#member-status-" + memberIndex).click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(statusLabel)).first().click();
        page.locator("#save-member-status-" + memberIndex).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
    }

    /** Marks a member as the duplicate of an entry in another household (chosen by its KK number). */
    void markDuplicate(String householdId, int memberIndex, String otherKk) {
        open("/verval/" + householdId);
        page.locator("#member-status-" + memberIndex).click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Ganda")).first().click();
        page.locator("#member-linked-" + memberIndex + " input").fill(otherKk);
        page.locator("vaadin-combo-box-item:visible").first().click();
        page.locator("#save-member-status-" + memberIndex).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
    }

    /** A household result; for ganda or part of another household, the household meant (found by its ID DTKS). */
    void setHouseholdStatus(String householdId, String statusLabel, String linkedId) {
        open("/verval/" + householdId);
        page.locator("#household-status vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(statusLabel))
                .first().click();
        if (linkedId != null) {
            page.locator("#household-linked input").fill(linkedId);
            page.locator("vaadin-combo-box-item:visible").first().click();
        }
        page.locator("#save-household-status").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
    }

    /** The head died: Meninggal on the head, and the member who takes over (chosen by name). */
    void replaceHead(String householdId, int headIndex, String newHeadName) {
        open("/verval/" + householdId);
        page.locator("#member-status-" + headIndex).click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Meninggal")).first().click();
        page.locator("#member-new-head-" + headIndex).click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(newHeadName)).first().click();
        page.locator("#save-member-status-" + headIndex).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
    }

    /** A member moved to another household of the village (pecah KK), chosen by its ID DTKS. */
    void moveMember(String householdId, int memberIndex, String toId) {
        open("/verval/" + householdId);
        page.locator("#member-status-" + memberIndex).click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText("Pindah")).first().click();
        page.locator("#member-linked-" + memberIndex + " input").fill(toId);
        page.locator("vaadin-combo-box-item:visible").first().click();
        page.locator("#save-member-status-" + memberIndex).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
    }

    void setEligibility(String householdId, String label) {
        open("/verval/" + householdId);
        page.locator("#eligibility vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(label)).first()
                .click();
        page.locator("#eligibility-reason input").fill("desil tinggi, punya mobil");
        page.locator("#save-eligibility").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
    }

    void answerAnomaly(String anomalyId, String verdictLabel, String evidence) {
        open("/anomali");
        page.locator("#anomaly-verdict-" + anomalyId + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(java.util.regex.Pattern.compile("^\\s*" + verdictLabel + "\\s*$")))
                .first().click();
        page.locator("#anomaly-evidence-" + anomalyId + " input").fill(evidence);
        page.locator("#anomaly-save-" + anomalyId).click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
    }

    /** Tambah anggota on the open household, keyed from the KK as Padan shows it. */
    void addMember(int index, id.siksacademy.scenario.Person p) {
        page.locator("#add-member").click();
        String m = "#member-" + index + "-";
        page.locator(m + "nik input").fill(p.nik());
        page.locator(m + "name input").fill(p.name());
        choose(m + "sex", p.sex() == id.siksacademy.scenario.Sex.LAKI_LAKI ? "Laki-laki" : "Perempuan");
        page.locator(m + "birth-place input").fill(p.birthPlace());
        page.locator(m + "birth-date input").pressSequentially(String.format("%02d-%02d-%04d",
                p.birthDate().getDayOfMonth(), p.birthDate().getMonthValue(), p.birthDate().getYear()));
        page.locator(m + "birth-date input").press("Tab");
        choose(m + "relationship", p.relationship() == id.siksacademy.scenario.Relationship.ANAK ? "Anak" : "Istri/suami");
        choose(m + "marital", p.maritalStatus() == id.siksacademy.scenario.MaritalStatus.KAWIN ? "Kawin" : "Belum kawin");
        page.locator(m + "mother input").fill(p.motherName());
        choose(m + "education", p.education() == id.siksacademy.scenario.Education.TIDAK_BELUM_SEKOLAH
                ? "Tidak/belum sekolah" : null, p.education());
        choose(m + "occupation", null, p.occupation());
        page.locator("#add-member-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
    }

    private void choose(String select, String label) {
        page.locator(select).click();
        page.locator("vaadin-select-item:visible").filter(new Locator.FilterOptions().setHasText(
                java.util.regex.Pattern.compile("^\\s*" + label.replaceAll("[^\\p{L}\\p{N} ]", ".") + "\\s*$"))).first().click();
    }

    /** A select whose Indonesian label is looked up from the app's own translations. */
    private void choose(String select, String label, Enum<?> value) {
        if (label != null) {
            choose(select, label);
            return;
        }
        var props = new java.util.Properties();
        try (var in = SandboxPage.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        choose(select, props.getProperty("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name()));
    }

    void recordMeeting(String isoDate, int participants, String decisions, Path file) {
        open("/musdes");
        page.locator("#musdes-date").evaluate("(el, v) => { el.value = v; el.dispatchEvent(new Event('change')); }",
                isoDate);
        page.locator("#musdes-participants input").fill(Integer.toString(participants));
        page.locator("#musdes-decisions textarea").fill(decisions);
        page.locator("#musdes-upload input[type=file]").setInputFiles(file);
        assertThat(page.locator("#musdes-file")).hasText(file.getFileName().toString());
        page.locator("#musdes-save").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("Tersimpan");
    }

    void finalise() {
        open("/finalisasi");
        page.locator("#finalise").click();
        page.locator("vaadin-confirm-dialog-overlay vaadin-button[slot='confirm-button'], vaadin-confirm-dialog vaadin-button[slot='confirm-button']")
                .first().click();
        assertThat(page.locator("#result-score")).isVisible(); // the result page follows submission
    }
}
