package id.siksacademy.attempt;

import java.time.Instant;

/** One entry of an attempt's action log, as stored: the attempt does not interpret it. */
public record RecordedAction(int seq, String type, String payload, Instant recordedAt) {
}
