package id.siksacademy.attempt;

public enum AttemptStatus {
    IN_PROGRESS, SUBMITTED
}
