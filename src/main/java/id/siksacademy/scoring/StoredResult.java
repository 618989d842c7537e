package id.siksacademy.scoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

@Entity
@Table(name = "attempt_result")
class StoredResult {

    @Id
    @Column(name = "attempt_id")
    private Long attemptId;

    @Column(nullable = false, length = 64)
    private String operator;

    @Column(name = "exercise_id", nullable = false, length = 80)
    private String exerciseId;

    @Column(name = "scorer_version", nullable = false)
    private int scorerVersion;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal score;

    @Column(nullable = false)
    private boolean passed;

    @Column(length = 20)
    private String verdict;

    @Column(name = "scored_at", nullable = false)
    private Instant scoredAt;

    @Column(name = "result_json", nullable = false, length = 200_000)
    private String resultJson;

    protected StoredResult() {
    }

    StoredResult(long attemptId, String operator, String exerciseId, AttemptResult result, String json, Instant at) {
        this.attemptId = attemptId;
        this.operator = operator;
        this.exerciseId = exerciseId;
        this.scorerVersion = result.scorerVersion();
        this.score = BigDecimal.valueOf(result.score());
        this.passed = result.passed();
        this.verdict = result.verdict().name();
        this.scoredAt = at;
        this.resultJson = json;
    }

    Long getAttemptId() { return attemptId; }
    String getOperator() { return operator; }
    String getExerciseId() { return exerciseId; }
    double getScore() { return score.doubleValue(); }
    boolean isPassed() { return passed; }
    Instant getScoredAt() { return scoredAt; }
    String getResultJson() { return resultJson; }
}
