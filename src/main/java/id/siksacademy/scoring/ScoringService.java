package id.siksacademy.scoring;

import id.siksacademy.attempt.AttemptService;
import id.siksacademy.attempt.AttemptSummary;
import id.siksacademy.base.security.CurrentUser;
import id.siksacademy.content.Content;
import id.siksacademy.content.Exercise;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.sandbox.SandboxService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores submitted attempts (once; the stored result is what the operator sees), and turns the
 * operator's results into mastery, a recommendation and the exercise catalogue's status.
 */
@Service
public class ScoringService {

    /** Stored results are read leniently: fields a newer scorer added are absent from older ones. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final StoredResultRepository results;
    private final AttemptService attempts;
    private final SandboxService sandbox;
    private final Content content;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final ResultDigests digests = new ResultDigests(20_000);
    private final ApplicationEventPublisher events;

    private final ExerciseCatalogue exercises;

    ScoringService(StoredResultRepository results, AttemptService attempts, SandboxService sandbox, Content content,
                   CurrentUser currentUser, Clock clock, ApplicationEventPublisher events, ExerciseCatalogue exercises) {
        this.exercises = exercises;
        this.results = results;
        this.attempts = attempts;
        this.sandbox = sandbox;
        this.content = content;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The result of the operator's own submitted attempt, scoring it first if needed; empty while in progress. */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional
    public Optional<AttemptResult> result(long attemptId) {
        AttemptSummary attempt = attempts.summary(attemptId); // ownership: "not found" otherwise
        if (attempt.open()) {
            return Optional.empty();
        }
        var stored = results.findById(attemptId);
        if (stored.isPresent()) {
            return Optional.of(read(stored.get()));
        }
        if (!attempt.rebuildable()) {
            return Optional.empty(); // retired by an upgrade before it was scored: nothing to score it on
        }
        AttemptResult result = rescore(attemptId);
        String operator = currentUser.username().orElseThrow();
        results.saveAndFlush(new StoredResult(attemptId, operator, attempt.exerciseId(), result,
                JSON.writeValueAsString(result), clock.instant()));
        events.publishEvent(new AttemptScored(attemptId, operator, attempt.exerciseId(), result)); // in this transaction
        return Optional.of(result);
    }

    /** The stored result of an attempt, for its trainer's review (empty while not scored). */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN') and @oversight.mayViewAttempt(#attemptId)")
    @Transactional(readOnly = true)
    public Optional<AttemptResult> storedResult(long attemptId) {
        return results.findById(attemptId).map(ScoringService::read);
    }

    /** Scores the attempt again from its log, without storing: it must equal the stored result. */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public AttemptResult rescore(long attemptId) {
        var ws = sandbox.open(attemptId);
        Exercise exercise = exercises.exercise(ws.attempt().exerciseId()).orElseThrow(() -> new IllegalStateException(
                "exercise " + ws.attempt().exerciseId() + " of attempt " + attemptId + " is no longer in content/"));
        return Scorer.score(ws.state().scenario(), ws.state(), ScoringRules.of(content, exercise));
    }

    /**
     * A stored result. Results of the first scorer (version 1) had no verdict: it is taken from the
     * stored pass/fail, and the fields it lacks stay empty.
     */
    static AttemptResult read(StoredResult stored) {
        var r = JSON.readValue(stored.getResultJson(), AttemptResult.class);
        if (r.verdict() != null) {
            return r;
        }
        var verdict = stored.isPassed() ? AttemptResult.Verdict.PASSED : AttemptResult.Verdict.NOT_PASSED;
        return new AttemptResult(r.scorerVersion(), r.score(), r.score(), verdict, r.falseFlagRate(), r.help(),
                r.signalDetection(), r.competencies(), r.gates(), r.criticalErrors(), r.feedback(), r.pass());
    }

    /** Scores any submitted attempt of the operator that has no result yet (e.g. one whose time ran out). */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional
    public void scorePending() {
        for (AttemptSummary a : attempts.mine()) {
            if (!a.open() && a.rebuildable() && !results.existsById(a.id())) {
                result(a.id());
            }
        }
    }

    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public Map<Long, Double> scores() {
        var map = new LinkedHashMap<Long, Double>();
        results.findByOperatorOrderByScoredAtAscAttemptIdAsc(operator()).forEach(r -> map.put(r.getAttemptId(), r.getScore()));
        return map;
    }

    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public Progress progress() {
        var model = new MasteryModel(content.curriculum().mastery());
        var competencies = content.curriculum().competencies().stream().map(c -> c.id()).toList();
        var stored = results.findByOperatorOrderByScoredAtAscAttemptIdAsc(operator());
        var parsed = stored.stream().map(ScoringService::read).toList();
        var trace = model.trace(competencies, parsed);
        var history = new ArrayList<Progress.Point>();
        for (int i = 0; i < stored.size(); i++) {
            history.add(new Progress.Point(stored.get(i).getAttemptId(), stored.get(i).getExerciseId(),
                    stored.get(i).getScore(), trace.get(i)));
        }
        var now = new LinkedHashMap<String, Double>();
        competencies.forEach(c -> now.put(c, trace.isEmpty() ? model.prior() : trace.getLast().get(c)));
        String weakest = now.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("K1");
        var evidenced = new java.util.HashSet<String>();
        parsed.forEach(r -> r.competencies().forEach(c -> evidenced.add(c.competency())));
        return new Progress(now, history, weakest, recommend(now, weakest, model),
                content.curriculum().mastery().mastered(), evidenced);
    }

    /** Locked (prerequisites not passed), available or passed, with the best score, per exercise. */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public List<ExerciseStatus> catalogue() {
        var stored = results.findByOperatorOrderByScoredAtAscAttemptIdAsc(operator());
        var statuses = new ArrayList<ExerciseStatus>();
        for (Exercise e : content.exercises()) {
            Double best = stored.stream().filter(r -> r.getExerciseId().equals(e.id())).map(StoredResult::getScore)
                    .max(Comparator.naturalOrder()).orElse(null);
            boolean passed = stored.stream().anyMatch(r -> r.getExerciseId().equals(e.id()) && r.isPassed());
            var missing = PrerequisiteGuard.missing(e, stored);
            var state = passed ? ExerciseStatus.State.PASSED
                    : missing.isEmpty() ? ExerciseStatus.State.AVAILABLE : ExerciseStatus.State.LOCKED;
            statuses.add(new ExerciseStatus(e.id(), state, best, missing));
        }
        return statuses;
    }

    private String recommend(Map<String, Double> mastery, String weakest, MasteryModel model) {
        boolean allMastered = mastery.values().stream().allMatch(model::mastered);
        if (allMastered) {
            return content.exercises().stream().filter(e -> e.mode() == id.siksacademy.content.ExerciseMode.EXAM)
                    .map(Exercise::id).findFirst().orElse(null);
        }
        return content.exercises().stream()
                .filter(e -> e.mode() == id.siksacademy.content.ExerciseMode.GUIDED && e.competencies().contains(weakest))
                .map(Exercise::id).findFirst()
                .orElse(content.exercises().stream().filter(e -> e.mode() == id.siksacademy.content.ExerciseMode.PRACTICE)
                        .map(Exercise::id).findFirst().orElse(null));
    }

    private String operator() {
        return currentUser.username().orElseThrow();
    }

    /** Forgets what was read of stored results, so the next read parses them again (benchmarks measure that). */
    @PreAuthorize("isAuthenticated()")
    public void forgetCachedDigests() {
        digests.clear();
    }

    /**
     * The scored work of operators a trainer oversees (the {@code oversight} bean of the training
     * feature decides who), one record per operator asked, in the order asked. Results are immutable,
     * so what is read of each is kept in a bounded cache: a cohort's matrix does not re-read every JSON.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN') and @oversight.mayViewAll(#operators)")
    @Transactional(readOnly = true)
    public List<OperatorRecord> recordsOf(java.util.Collection<String> operators) {
        var byOperator = new LinkedHashMap<String, List<StoredResult>>();
        operators.forEach(o -> byOperator.put(o, new ArrayList<>()));
        if (!operators.isEmpty()) {
            results.findByOperatorInOrderByScoredAtAscAttemptIdAsc(operators)
                    .forEach(r -> byOperator.get(r.getOperator()).add(r));
        }
        var model = new MasteryModel(content.curriculum().mastery());
        var competencies = content.curriculum().competencies().stream().map(c -> c.id()).toList();
        var records = new ArrayList<OperatorRecord>();
        byOperator.forEach((operator, stored) -> {
            var digested = stored.stream().map(this.digests::of).toList();
            var trace = model.trace(competencies, digested.stream().map(ResultDigests.Digest::asResult).toList());
            var lines = new ArrayList<OperatorRecord.Line>();
            var seen = new java.util.HashSet<String>();
            for (int i = 0; i < digested.size(); i++) {
                var d = digested.get(i);
                d.competencies().forEach(seen::add);
                lines.add(new OperatorRecord.Line(d.attemptId(), d.exerciseId(), d.score(), d.verdict(), d.criticalErrors(),
                        d.failedGates(), d.hints(), d.checks(), d.reveals(), d.scoredAt(), trace.get(i)));
            }
            var mastery = new LinkedHashMap<String, Double>();
            if (!trace.isEmpty()) {
                competencies.stream().filter(seen::contains).forEach(c -> mastery.put(c, trace.getLast().get(c)));
            }
            records.add(new OperatorRecord(operator, mastery, lines));
        });
        return records;
    }
}
