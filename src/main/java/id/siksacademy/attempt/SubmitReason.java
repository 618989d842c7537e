package id.siksacademy.attempt;

/**
 * Why an attempt was closed: the operator finalised it, its time ran out, or it was retired because
 * this build generates villages differently from the one that started it (it cannot be rebuilt).
 */
public enum SubmitReason {
    FINALISED, TIME_UP, RETIRED
}
