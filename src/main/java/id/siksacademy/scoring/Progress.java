package id.siksacademy.scoring;

import java.util.List;
import java.util.Map;

/**
 * An operator's progress: mastery per competency now and after each scored attempt, and what to
 * do next (the exercise that trains the weakest competency).
 */
public record Progress(Map<String, Double> mastery, List<Point> history, String weakestCompetency,
                       String recommendedExercise, double masteredAt, java.util.Set<String> evidenced) {

    public Progress {
        evidenced = java.util.Set.copyOf(evidenced);
    }

    /**
     * Whether any scored attempt trained the competency: without that, its mastery is the model's prior,
     * not evidence, and is shown as "belum ada bukti" (as the trainer's matrix does).
     */
    public boolean evidenced(String competency) {
        return evidenced.contains(competency);
    }

    /** Mastery after one scored attempt. */
    public record Point(long attemptId, String exerciseId, double score, Map<String, Double> mastery) {
    }
}
