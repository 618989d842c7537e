package id.siksacademy.attempt;

import id.siksacademy.scenario.ScenarioGenerator;
import id.siksacademy.content.ExerciseMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One operator's attempt at one exercise: the frozen scenario inputs and where the log stands. */
@Entity
@Table(name = "attempt")
class Attempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String operator;

    @Column(name = "exercise_id", nullable = false, length = 80)
    private String exerciseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ExerciseMode mode;

    @Column(name = "title_id", nullable = false, length = 200)
    private String titleId;

    @Column(name = "title_en", nullable = false, length = 200)
    private String titleEn;

    @Column(nullable = false, length = 200_000)
    private String snapshot;

    @Column(nullable = false)
    private long seed;

    @Column(name = "generator_version", nullable = false)
    private int generatorVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttemptStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "submit_reason", length = 20)
    private SubmitReason submitReason;

    @Column(name = "action_count", nullable = false)
    private int actionCount;

    /** operator|exercise while in progress, null after: the unique key allows one open attempt. */
    @Column(name = "open_key", length = 160)
    private String openKey;

    @Version
    private long version;

    protected Attempt() {
    }

    Attempt(String operator, String exerciseId, ExerciseMode mode, String titleId, String titleEn, String snapshot,
            long seed, int generatorVersion, Instant startedAt, Instant deadlineAt) {
        this.operator = operator;
        this.exerciseId = exerciseId;
        this.mode = mode;
        this.titleId = titleId;
        this.titleEn = titleEn;
        this.snapshot = snapshot;
        this.seed = seed;
        this.generatorVersion = generatorVersion;
        this.status = AttemptStatus.IN_PROGRESS;
        this.startedAt = startedAt;
        this.deadlineAt = deadlineAt;
        this.openKey = openKey(operator, exerciseId);
    }

    static String openKey(String operator, String exerciseId) {
        return operator + "|" + exerciseId;
    }

    Long getId() { return id; }
    String getOperator() { return operator; }
    String getSnapshot() { return snapshot; }
    long getSeed() { return seed; }
    int getGeneratorVersion() { return generatorVersion; }
    AttemptStatus getStatus() { return status; }
    int getActionCount() { return actionCount; }
    Instant getDeadlineAt() { return deadlineAt; }

    boolean isOpen() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    /** Whether this build's generator made the village: otherwise it cannot be rebuilt from the seed. */
    boolean rebuildable() {
        return generatorVersion == ScenarioGenerator.VERSION;
    }

    boolean isPastDeadline(Instant now) {
        return deadlineAt != null && !now.isBefore(deadlineAt);
    }

    int nextSeq() {
        return ++actionCount;
    }

    void submit(Instant at, SubmitReason reason) {
        status = AttemptStatus.SUBMITTED;
        submittedAt = at;
        submitReason = reason;
        openKey = null;
    }

    AttemptSummary toSummary() {
        return new AttemptSummary(id, exerciseId, mode, titleId, titleEn, status, startedAt, deadlineAt, submittedAt,
                submitReason, actionCount, rebuildable(), operator);
    }
}
