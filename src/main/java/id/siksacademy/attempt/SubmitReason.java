package id.siksacademy.attempt;

/** Why an attempt was submitted: the operator finalised it, or its time ran out. */
public enum SubmitReason {
    FINALISED, TIME_UP
}
