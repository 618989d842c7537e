package id.siksacademy.scoring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What trainer screens need of a stored result, read once from its JSON and kept (results never change). */
final class ResultDigests {

    record Digest(long attemptId, String exerciseId, double score, AttemptResult.Verdict verdict, int criticalErrors,
                  int failedGates, int hints, int checks, int reveals, Instant scoredAt,
                  List<CompetencyResult> competencyResults) {

        List<String> competencies() {
            return competencyResults.stream().map(CompetencyResult::competency).toList();
        }

        /** Enough of the result for the mastery model, which reads only the competencies. */
        AttemptResult asResult() {
            return new AttemptResult(0, score, score, verdict, 0, null, null, competencyResults, null, null, null, null);
        }
    }

    private final Map<Long, Digest> cache;

    ResultDigests(int capacity) {
        this.cache = java.util.Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Digest> eldest) {
                return size() > capacity;
            }
        });
    }

    void clear() {
        cache.clear();
    }

    Digest of(StoredResult stored) {
        var cached = cache.get(stored.getAttemptId());
        if (cached != null) {
            return cached;
        }
        var r = ScoringService.read(stored);
        var digest = new Digest(stored.getAttemptId(), stored.getExerciseId(), stored.getScore(), r.verdict(),
                r.criticalErrors().size(), r.failedGates().size(), r.help().hints(), r.help().checks(),
                r.help().reveals(), stored.getScoredAt(), r.competencies());
        cache.put(stored.getAttemptId(), digest);
        return digest;
    }
}
