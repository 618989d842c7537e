package id.siksacademy.training;

import java.time.Instant;

/** The latest version of a built exercise, as the builder's list shows it. */
public record BuiltExerciseSummary(String exerciseId, String family, int version, String owner, String title,
                                   Instant createdAt) {
}
