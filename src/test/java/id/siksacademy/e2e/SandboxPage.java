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
