package id.siksacademy.scenario;

import java.time.LocalDate;

/** A catatan lapangan: what a visit to the household found. */
public record FieldNote(String householdId, LocalDate visitedOn, Kind kind) {

    public enum Kind {
        /** Found at the address; the data looks right. */
        FOUND,
        /** Nobody at the address knows the household. */
        NOT_FOUND,
        /** The household refused the survey or the aid. */
        REFUSED
    }
}
