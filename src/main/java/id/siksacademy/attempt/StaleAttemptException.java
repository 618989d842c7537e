package id.siksacademy.attempt;

/** Another tab recorded an action first: this view is behind and must reload. */
public class StaleAttemptException extends RuntimeException {

    public StaleAttemptException() {
        super("attempt.stale");
    }
}
