package id.siksacademy.sandbox;

import id.siksacademy.attempt.AttemptClosedException;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.attempt.AttemptSummary;
import id.siksacademy.attempt.StoredFile;
import id.siksacademy.base.text.SafeText;
import id.siksacademy.content.Content;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.region.Regions;
import id.siksacademy.scenario.DtksHousehold;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The sandbox's operations. Every action is checked as SIKS-NG would, appended to the attempt's
 * log (committed) and only then applied to the in-memory state and confirmed. These methods are
 * deliberately not one transaction: each append commits on its own before the state moves on.
 */
@Service
public class SandboxService {

    /** The Berita Acara upload limit. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private final AttemptService attempts;
    private final SandboxCache cache;
    private final Content content;
    private final Regions regions;

    private final ExerciseCatalogue exercises;

    SandboxService(AttemptService attempts, SandboxCache cache, Content content, ExerciseCatalogue exercises,
                   Regions regions) {
        this.exercises = exercises;
        this.attempts = attempts;
        this.cache = cache;
        this.content = content;
        this.regions = regions;
    }

    /** Result of a recorded action: the new action count, and Padan's answer for a look-up. */
    public record Recorded(int actionCount, PadanResult padan) {
    }

    /** How long the attempt of a workspace has left (exams): empty without a deadline or once closed. */
    public java.util.Optional<java.time.Duration> timeLeft(Workspace ws) {
        return ws.review() != null ? java.util.Optional.empty() : attempts.timeLeft(ws.attempt());
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public Workspace open(long attemptId) {
        AttemptSummary attempt = attempts.summary(attemptId);
        var entry = cache.entry(attemptId);
        synchronized (entry) {
            current(entry, attempt);
            return new Workspace(attempt, entry.state, entry.count);
        }
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public Recorded record(long attemptId, int expectedCount, SandboxAction action) {
        AttemptSummary attempt = attempts.summary(attemptId);
        if (!attempt.open()) {
            throw new AttemptClosedException();
        }
        guidance(attempt, action);
        var entry = cache.entry(attemptId);
        synchronized (entry) {
            current(entry, attempt);
            entry.state.check(action).ifPresent(p -> {
                throw new SandboxRefusedException(p);
            });
            int count = attempts.append(attemptId, expectedCount, ActionCodec.type(action), ActionCodec.payload(action));
            PadanResult padan = entry.state.apply(action);
            entry.count = count;
            return new Recorded(count, padan);
        }
    }

    /**
     * The sandbox as it was after the first {@code step} recorded actions, rebuilt from seed and log,
     * for the operator's trainer (never for another operator); read-only.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN') and @oversight.mayViewAttempt(#attemptId)")
    public Workspace review(long attemptId, int step) {
        var review = attempts.review(attemptId);
        if (review.scenario() == null) {
            throw new id.siksacademy.attempt.AttemptRetiredException();
        }
        int upTo = Math.max(0, Math.min(step, review.actions().size()));
        var actions = review.actions().stream().limit(upTo).map(a -> ActionCodec.read(a.type(), a.payload())).toList();
        return new Workspace(review.summary(), SandboxState.replay(review.scenario(),
                regions.villageCodes(review.scenario().spec().regionCode()), actions), upTo,
                new Workspace.Review(upTo, review.actions().size()));
    }

    /** The recorded actions of an attempt, read, for its trainer's timeline. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN') and @oversight.mayViewAttempt(#attemptId)")
    public List<TimelineEntry> timeline(long attemptId) {
        return attempts.review(attemptId).actions().stream()
                .map(a -> new TimelineEntry(a.seq(), a.recordedAt(), ActionCodec.read(a.type(), a.payload()))).toList();
    }

    /** One recorded action, read. */
    public record TimelineEntry(int seq, java.time.Instant at, SandboxAction action) {
    }

    /** Data DTKS rows of a state already at hand (a review), filtered like {@link #rows}. */
    public static Stream<HouseholdRow> rowsOf(SandboxState state, DtksFilter filter) {
        return matching(state, filter);
    }

    /** Hints only where the exercise allows them, at the cost it states; step checks only in guided mode. */
    private void guidance(AttemptSummary attempt, SandboxAction action) {
        var exercise = exercises.exercise(attempt.exerciseId());
        if (action instanceof SandboxAction.UseHint h) {
            var hint = exercise.filter(e -> e.hintsAllowed()).flatMap(e -> e.step(h.stepId()))
                    .filter(s -> h.level() >= 1 && h.level() <= s.hints().size()).map(s -> s.hints().get(h.level() - 1));
            if (hint.isEmpty() || hint.get().cost() != h.cost()) {
                throw new SandboxRefusedException(new FieldRules.Problem("sandbox.error.no-hints"));
            }
        }
        if (action instanceof SandboxAction.CheckStep c && exercise.filter(e -> e.mode()
                == id.siksacademy.content.ExerciseMode.GUIDED && e.step(c.stepId()).isPresent()).isEmpty()) {
            throw new SandboxRefusedException(new FieldRules.Problem("sandbox.error.no-step-check"));
        }
        if (action instanceof SandboxAction.ShowHousehold r && exercise.filter(e -> e.mode()
                == id.siksacademy.content.ExerciseMode.GUIDED && e.step(r.stepId()).isPresent()
                && e.revealCost() == r.cost()).isEmpty()) {
            throw new SandboxRefusedException(new FieldRules.Problem("sandbox.error.no-step-check"));
        }
    }

    /** Finalisasi: records it, then submits the attempt (idempotent). */
    @PreAuthorize("hasRole('OPERATOR')")
    public AttemptSummary finalise(long attemptId, int expectedCount) {
        if (!open(attemptId).state().finalised()) {
            record(attemptId, expectedCount, new SandboxAction.Finalise());
        }
        return attempts.submit(attemptId);
    }

    /** Stores a Berita Acara after checking its size and that it really is a PDF or JPEG. */
    @PreAuthorize("hasRole('OPERATOR')")
    public long uploadMinutes(long attemptId, String fileName, byte[] content) {
        String name = SafeText.fileName(fileName);
        if (content == null || content.length == 0 || content.length > MAX_FILE_BYTES) {
            throw new SandboxRefusedException(new FieldRules.Problem("sandbox.error.file-size", MAX_FILE_BYTES / 1024 / 1024));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String type;
        if (lower.endsWith(".pdf") && startsWith(content, '%', 'P', 'D', 'F', '-')) {
            type = "application/pdf";
        } else if ((lower.endsWith(".jpg") || lower.endsWith(".jpeg")) && startsWith(content, 0xFF, 0xD8, 0xFF)) {
            type = "image/jpeg";
        } else {
            throw new SandboxRefusedException(new FieldRules.Problem("sandbox.error.file-type"));
        }
        return attempts.storeFile(attemptId, name, type, content);
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public StoredFile file(long attemptId, long fileId) {
        return attempts.file(attemptId, fileId);
    }

    /** The Data DTKS grid's page: filtered in memory, where the state lives. */
    @PreAuthorize("hasRole('OPERATOR')")
    public Stream<HouseholdRow> rows(long attemptId, DtksFilter filter, int offset, int limit) {
        return matching(open(attemptId).state(), filter).skip(offset).limit(limit);
    }

    @PreAuthorize("hasRole('OPERATOR')")
    public int count(long attemptId, DtksFilter filter) {
        return (int) matching(open(attemptId).state(), filter).count();
    }

    private void current(SandboxCache.Slot entry, AttemptSummary attempt) {
        if (entry.state == null || entry.count != attempt.actionCount()) {
            var actions = attempts.actions(attempt.id()).stream()
                    .map(a -> ActionCodec.read(a.type(), a.payload())).toList();
            var scenario = attempts.scenario(attempt.id());
            entry.state = SandboxState.replay(scenario, regions.villageCodes(scenario.spec().regionCode()), actions);
            entry.count = actions.size();
        }
    }

    static Stream<HouseholdRow> matching(SandboxState state, DtksFilter filter) {
        String text = filter.text() == null ? "" : filter.text().trim().toUpperCase(Locale.ROOT);
        return state.households().stream()
                .filter(h -> text.isEmpty() || matches(h, text))
                .map(h -> row(state, h))
                .filter(r -> filter.status() == null || filter.status() == r.status())
                .filter(r -> !filter.unverifiedOnly() || r.status() == null);
    }

    private static boolean matches(DtksHousehold h, String text) {
        if (text.matches("\\d{1,2}/\\d{1,2}")) {
            String[] rtRw = text.split("/");
            return h.rt() == Integer.parseInt(rtRw[0]) && h.rw() == Integer.parseInt(rtRw[1]);
        }
        return h.kk().contains(text) || h.id().contains(text) || h.members().stream()
                .anyMatch(m -> m.nik().contains(text) || m.name().contains(text));
    }

    private static HouseholdRow row(SandboxState state, DtksHousehold h) {
        boolean edited = state.original(h.id()).map(o -> !o.equals(h)).orElse(false);
        return new HouseholdRow(h.id(), h.headName(), h.kk(), h.dukuh(), h.rt(), h.rw(), h.members().size(),
                state.householdVerval(h.id()).map(Verval.OfHousehold::status).orElse(null), edited,
                state.original(h.id()).isEmpty());
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
