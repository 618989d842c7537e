package id.siksacademy.attempt;

import java.time.Instant;

/** A trainer's comment on an attempt, as the screens show it. */
public record TrainerComment(long id, String author, String body, Instant createdAt) {
}
