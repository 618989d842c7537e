package id.siksacademy.scoring;

import java.util.List;
import java.util.Map;

/**
 * An operator's progress: mastery per competency now and after each scored attempt, and what to
 * do next (the exercise that trains the weakest competency).
 */
public record Progress(Map<String, Double> mastery, List<Point> history, String weakestCompetency,
                       String recommendedExercise, double masteredAt) {

    /** Mastery after one scored attempt. */
    public record Point(long attemptId, String exerciseId, double score, Map<String, Double> mastery) {
    }
}
