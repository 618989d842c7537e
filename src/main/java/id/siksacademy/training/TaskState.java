package id.siksacademy.training;

/** Where an operator stands on an assigned exercise. */
public enum TaskState {
    NOT_STARTED, IN_PROGRESS, SUBMITTED, PASSED;

    /** Submitted (scored or not) or passed: the assignment has been done. */
    public boolean done() {
        return this == SUBMITTED || this == PASSED;
    }
}
