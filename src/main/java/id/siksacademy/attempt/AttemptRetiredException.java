package id.siksacademy.attempt;

/** The attempt's village was built by an older version of the generator and cannot be rebuilt. */
public class AttemptRetiredException extends RuntimeException {

    public AttemptRetiredException() {
        super("attempt retired: made by an older generator");
    }
}
