package id.siksacademy.attempt;

import id.siksacademy.content.ExerciseMode;
import java.time.Instant;
import java.util.Locale;

/** What the screens show of an attempt. */
public record AttemptSummary(long id, String exerciseId, ExerciseMode mode, String titleId, String titleEn,
                             AttemptStatus status, Instant startedAt, Instant deadlineAt, Instant submittedAt,
                             SubmitReason submitReason, int actionCount, boolean rebuildable, String operator) {

    public String title(Locale locale) {
        return "en".equals(locale.getLanguage()) ? titleEn : titleId;
    }

    /** False for an attempt started by another generator version: its village cannot be rebuilt here. */
    @Override
    public boolean rebuildable() {
        return rebuildable;
    }

    public boolean open() {
        return status == AttemptStatus.IN_PROGRESS;
    }
}
