package id.siksacademy.attempt;

import id.siksacademy.content.ExerciseMode;
import java.time.Instant;
import java.util.Locale;

/** What the screens show of an attempt. */
public record AttemptSummary(long id, String exerciseId, ExerciseMode mode, String titleId, String titleEn,
                             AttemptStatus status, Instant startedAt, Instant deadlineAt, Instant submittedAt,
                             SubmitReason submitReason, int actionCount) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleId;
    }

    public boolean open() {
        return status == AttemptStatus.IN_PROGRESS;
    }
}
