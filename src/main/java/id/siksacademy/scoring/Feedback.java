package id.siksacademy.scoring;

import id.siksacademy.scenario.FaultType;

/**
 * One piece of evidence the operator should see: a missed fault, a wrong fix, a false flag, a
 * needless edit, a keying error in an usulan baru, or a step of the monthly workflow left out.
 * {@code did} and {@code expected} are values (field and status names, codes), translated on screen.
 */
public record Feedback(Kind kind, String householdId, Integer memberIndex, String subject, FaultType fault,
                       String competency, String field, String did, String expected, double weight) {

    public enum Kind { MISSED, WRONG_FIX, FALSE_FLAG, NEEDLESS_EDIT, ENTRY_ERROR, WORKFLOW }
}
