package id.siksacademy.scoring;

/**
 * An attempt's result was stored (once: results are never scored twice). Published inside the
 * storing transaction, so what listeners write commits or rolls back with the result.
 */
public record AttemptScored(long attemptId, String operator, String exerciseId, AttemptResult result) {
}
