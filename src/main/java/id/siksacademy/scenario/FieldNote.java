package id.siksacademy.scenario;

import java.time.LocalDate;

/**
 * A catatan lapangan: what a visit to the household found. {@code subject} is the member concerned
 * (a NIK) or the household it lives with (an ID DTKS); {@code reason} says why, for the anomaly checks.
 */
public record FieldNote(String householdId, LocalDate visitedOn, Kind kind, String subject, String reason) {

    public enum Kind {
        /** Found at the address; the data looks right. */
        FOUND,
        /** Nobody at the address knows the household. */
        NOT_FOUND,
        /** The household refused the survey or the aid. */
        REFUSED,
        /** The family lives in another household's house, as part of it ({@code subject}: that household). */
        LIVES_WITH,
        /** A central anomaly checked in the field and found true ({@code reason}: what was seen). */
        ANOMALY_CONFIRMED,
        /** A central anomaly checked in the field and found wrong ({@code reason}: why the list is wrong). */
        ANOMALY_REFUTED
    }

    public FieldNote(String householdId, LocalDate visitedOn, Kind kind) {
        this(householdId, visitedOn, kind, null, null);
    }
}
