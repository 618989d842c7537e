package id.siksacademy.scoring;

/**
 * Scores of one competency in one attempt. Rates are 0-1 (null where nothing was there to
 * measure); {@code score} is 0-100 (null when the exercise held nothing of it but the operator
 * still flagged something it claims); {@code gate} the threshold it had to reach (null: none).
 * {@code helpCost} is the points hints and shown households took off it.
 */
public record CompetencyResult(String competency, int planted, int fixed, Double recall, Double precision,
                               Double correctionAccuracy, double falseFlagRate, Double entryAccuracy, Double score,
                               Double gate, boolean passed, double helpCost, int observationsRight,
                               int observationsWrong) {
}
