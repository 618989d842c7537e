package id.siksacademy.scoring;

/**
 * Scores of one competency in one attempt. Rates are 0-1 (null where nothing was there to
 * measure); {@code score} is 0-100. Weights follow the severities of content/faults.yaml.
 */
public record CompetencyResult(String competency, int planted, int fixed, Double recall, Double precision,
                               Double correctionAccuracy, double falseFlagRate, Double entryAccuracy, double score,
                               boolean passed, int observationsRight, int observationsWrong) {
}
