package id.siksacademy.attempt;

/** The attempt was submitted (by the operator or because time ran out): it is read-only now. */
public class AttemptClosedException extends RuntimeException {

    public AttemptClosedException() {
        super("attempt.closed");
    }
}
