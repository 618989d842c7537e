package id.siksacademy.scoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a trainer sees of one operator's scored work: mastery per competency now and after each
 * result, and each result in brief (score, verdict, critical errors, help used). Competencies with
 * no evidence yet are absent from {@code mastery} (not shown at the prior).
 */
public record OperatorRecord(String operator, Map<String, Double> mastery, List<Line> results) {

    public OperatorRecord {
        mastery = Map.copyOf(mastery);
        results = List.copyOf(results);
    }

    /** One scored attempt; {@code masteryAfter} is every competency's mastery after it. */
    public record Line(long attemptId, String exerciseId, double score, AttemptResult.Verdict verdict,
                       int criticalErrors, int failedGates, int hints, int checks, int reveals, Instant scoredAt,
                       Map<String, Double> masteryAfter) {

        public boolean passed() {
            return verdict != AttemptResult.Verdict.NOT_PASSED;
        }
    }

    public boolean isEmpty() {
        return results.isEmpty();
    }
}
