package id.siksacademy.attempt;

import id.siksacademy.base.security.CurrentUser;
import id.siksacademy.content.Content;
import id.siksacademy.content.Exercise;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.region.Regions;
import id.siksacademy.scenario.Scenario;
import id.siksacademy.scenario.ScenarioGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The attempt lifecycle: start (one row), resume, the durable action log, submission and the
 * server-side deadline. An operator sees only their own attempts; anything else is "not found".
 */
@Service
public class AttemptService {

    private final AttemptRepository attempts;
    private final AttemptActionRepository actions;
    private final AttemptFileRepository files;
    private final AttemptCommentRepository comments;
    private final ScenarioCache scenarios;
    private final Content content;
    private final Regions regions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<StartGuard> guards;
    private final TransactionTemplate transaction;
    private final SecureRandom seeds = new SecureRandom();

    private final ExerciseCatalogue exercises;

    AttemptService(AttemptRepository attempts, AttemptActionRepository actions, AttemptFileRepository files,
                   AttemptCommentRepository comments,
                   ScenarioCache scenarios, Content content, CurrentUser currentUser, Clock clock,
                   ObjectProvider<StartGuard> guards, PlatformTransactionManager transactions, ExerciseCatalogue exercises,
                   Regions regions) {
        this.regions = regions;
        this.exercises = exercises;
        this.guards = guards;
        this.transaction = new TransactionTemplate(transactions);
        this.attempts = attempts;
        this.actions = actions;
        this.files = files;
        this.comments = comments;
        this.scenarios = scenarios;
        this.content = content;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The operator's open attempt at this exercise, or a new one with its own seed. Two tabs starting
     * at the same moment collide on the open attempt's unique key: the later one resumes the earlier
     * one's attempt. Any other failure is reported as it is.
     */
    @PreAuthorize("hasRole('OPERATOR')")
    public AttemptSummary startOrResume(String exerciseId) {
        String operator = operator();
        try {
            return transaction.execute(status -> startOrResume(operator, exerciseId));
        } catch (RuntimeException failure) {
            var raced = transaction.execute(status -> attempts.findByOpenKey(Attempt.openKey(operator, exerciseId))
                    .map(Attempt::toSummary));
            if (raced == null || raced.isEmpty()) {
                throw failure;
            }
            return raced.get();
        }
    }

    private AttemptSummary startOrResume(String operator, String exerciseId) {
        Exercise exercise = exercises.exercise(exerciseId).orElseThrow(AttemptNotFoundException::new);
        var open = attempts.findByOpenKey(Attempt.openKey(operator, exerciseId));
        if (open.isPresent() && !closeIfPastDeadline(open.get())) {
            return open.get().toSummary();
        }
        // every guard must agree; a @Primary one (tests that open every exercise) speaks alone
        var primary = guards.getIfUnique();
        var asked = primary != null ? java.util.stream.Stream.of(primary) : guards.orderedStream();
        if (!asked.allMatch(g -> g.mayStart(operator, exerciseId))) {
            throw new ExerciseLockedException();
        }
        var spec = exercise.scenario();
        var region = regions.kabupatenOf(spec.regionCode()).orElseThrow(
                () -> new IllegalStateException("no kabupaten for region " + spec.regionCode()));
        long seed = spec.seed() != null ? spec.seed() : content.generator(region).fittingSeed(spec, seeds::nextLong);
        Instant now = clock.instant();
        Instant deadline = exercise.timed() ? now.plus(Duration.ofMinutes(exercise.timeLimitMinutes())) : null;
        var attempt = new Attempt(operator, exercise.id(), exercise.mode(), exercise.title().id(),
                exercise.title().en(), content.snapshot(spec, region), seed, ScenarioGenerator.VERSION, now, deadline);
        return attempts.saveAndFlush(attempt).toSummary();
    }

    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public List<AttemptSummary> mine() {
        return attempts.findByOperatorOrderByStartedAtDesc(operator()).stream().map(Attempt::toSummary).toList();
    }

    /**
     * The attempts of operators a trainer oversees (the {@code oversight} bean of the training
     * feature decides who that is), newest first.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN') and @oversight.mayViewAll(#operators)")
    @Transactional(readOnly = true)
    public List<AttemptSummary> attemptsOf(java.util.Collection<String> operators) {
        if (operators.isEmpty()) {
            return List.of();
        }
        return attempts.findByOperatorInOrderByStartedAtDesc(operators).stream().map(Attempt::toSummary).toList();
    }

    /**
     * An attempt for its trainer's review: summary, village, every recorded action, comments. The
     * {@code oversight} bean of the training feature decides whose attempts a trainer may see.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN') and @oversight.mayViewAttempt(#attemptId)")
    @Transactional(readOnly = true)
    public AttemptReview review(long attemptId) {
        Attempt attempt = attempts.findById(attemptId).orElseThrow(AttemptNotFoundException::new);
        return new AttemptReview(attempt.toSummary(), attempt.rebuildable() ? scenarios.get(attempt) : null,
                actions.findByAttemptIdOrderBySeq(attemptId).stream().map(AttemptAction::toRecord).toList(),
                comments.findByAttemptIdOrderByIdAsc(attemptId).stream().map(AttemptComment::toRecord).toList());
    }

    /** A trainer's comment on an attempt; its operator reads it on the result page. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN') and @oversight.mayViewAttempt(#attemptId)")
    @Transactional
    public TrainerComment comment(long attemptId, String body) {
        attempts.findById(attemptId).orElseThrow(AttemptNotFoundException::new);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > AttemptComment.BODY_MAX) {
            throw new IllegalArgumentException("a comment holds 1-" + AttemptComment.BODY_MAX + " characters");
        }
        return comments.save(new AttemptComment(attemptId, operator(), text, clock.instant())).toRecord();
    }

    /** The trainers' comments on the operator's own attempt. */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public List<TrainerComment> comments(long attemptId) {
        own(attemptId);
        return comments.findByAttemptIdOrderByIdAsc(attemptId).stream().map(AttemptComment::toRecord).toList();
    }

    /** The time an open attempt with a deadline has left by the server's clock (zero once past); empty otherwise. */
    public java.util.Optional<java.time.Duration> timeLeft(AttemptSummary attempt) {
        if (!attempt.open() || attempt.deadlineAt() == null) {
            return java.util.Optional.empty();
        }
        var left = java.time.Duration.between(clock.instant(), attempt.deadlineAt());
        return java.util.Optional.of(left.isNegative() ? java.time.Duration.ZERO : left);
    }

    /** The attempt, after closing it if its time has run out. */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(noRollbackFor = AttemptClosedException.class)
    public AttemptSummary summary(long attemptId) {
        Attempt attempt = own(attemptId);
        closeIfPastDeadline(attempt);
        return attempt.toSummary();
    }

    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public Scenario scenario(long attemptId) {
        Attempt attempt = own(attemptId);
        if (!attempt.rebuildable()) {
            throw new AttemptRetiredException();
        }
        return scenarios.get(attempt);
    }

    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public List<RecordedAction> actions(long attemptId) {
        own(attemptId);
        return actions.findByAttemptIdOrderBySeq(attemptId).stream().map(AttemptAction::toRecord).toList();
    }

    /**
     * Appends one action, durably, before anything is confirmed to the user. {@code expectedCount}
     * is how many actions the caller has seen: if another tab got there first, nothing is written.
     *
     * @return the new number of actions
     */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(noRollbackFor = AttemptClosedException.class)
    public int append(long attemptId, int expectedCount, String type, String payload) {
        Attempt attempt = own(attemptId);
        if (closeIfPastDeadline(attempt) || !attempt.isOpen()) {
            throw new AttemptClosedException();
        }
        if (attempt.getActionCount() != expectedCount) {
            throw new StaleAttemptException();
        }
        int seq = attempt.nextSeq();
        try {
            attempts.saveAndFlush(attempt);
        } catch (OptimisticLockingFailureException concurrent) { // another tab moved the count first
            throw new StaleAttemptException();
        }
        actions.saveAndFlush(new AttemptAction(attemptId, seq, type, payload, clock.instant()));
        return seq;
    }

    /** Submits the attempt; submitting twice changes nothing. */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional
    public AttemptSummary submit(long attemptId) {
        Attempt attempt = own(attemptId);
        if (!closeIfPastDeadline(attempt) && attempt.isOpen()) {
            attempt.submit(clock.instant(), SubmitReason.FINALISED);
        }
        return attempt.toSummary();
    }

    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(noRollbackFor = AttemptClosedException.class)
    public long storeFile(long attemptId, String fileName, String contentType, byte[] content) {
        Attempt attempt = own(attemptId);
        if (closeIfPastDeadline(attempt) || !attempt.isOpen()) {
            throw new AttemptClosedException();
        }
        return files.save(new AttemptFile(attemptId, fileName, contentType, content, clock.instant())).getId();
    }

    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public StoredFile file(long attemptId, long fileId) {
        own(attemptId);
        return files.findById(fileId).filter(f -> f.getAttemptId() == attemptId)
                .map(f -> new StoredFile(f.getId(), f.getFileName(), f.getContentType(), f.getContent()))
                .orElseThrow(AttemptNotFoundException::new);
    }

    private Attempt own(long attemptId) {
        String operator = operator();
        return attempts.findById(attemptId).filter(a -> a.getOperator().equals(operator))
                .orElseThrow(AttemptNotFoundException::new);
    }

    /** Submits with what was recorded when the deadline has passed; true if the attempt is (now) closed by time. */
    /**
     * Closes an open attempt whose time has run out, or that an older generator started (an upgrade
     * changed how villages are built: it cannot be rebuilt, so it is retired and a new one can start).
     */
    private boolean closeIfPastDeadline(Attempt attempt) {
        if (attempt.isOpen() && !attempt.rebuildable()) {
            attempt.submit(clock.instant(), SubmitReason.RETIRED);
            attempts.saveAndFlush(attempt);
            return true;
        }
        if (attempt.isOpen() && attempt.isPastDeadline(clock.instant())) {
            attempt.submit(attempt.getDeadlineAt(), SubmitReason.TIME_UP);
            attempts.saveAndFlush(attempt);
            return true;
        }
        return false;
    }

    private String operator() {
        return currentUser.username().orElseThrow(AttemptNotFoundException::new);
    }
}
