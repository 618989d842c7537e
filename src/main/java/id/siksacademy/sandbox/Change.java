package id.siksacademy.sandbox;

/**
 * One change made in the sandbox, for the Finalisasi summary: which household (and member), what
 * (a field name, STATUS, MEMBER_STATUS, NEW_HOUSEHOLD or MEETING), before and after.
 */
public record Change(int seq, String householdId, Integer memberIndex, String subject, String what, String before,
                     String after) {
}
