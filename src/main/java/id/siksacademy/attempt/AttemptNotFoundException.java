package id.siksacademy.attempt;

/** No such attempt for this user: said the same way whether it exists or belongs to someone else. */
public class AttemptNotFoundException extends RuntimeException {

    public AttemptNotFoundException() {
        super("attempt.not-found");
    }
}
