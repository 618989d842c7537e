package id.siksacademy.attempt;

/** The exercise's prerequisites are not passed yet. */
public class ExerciseLockedException extends RuntimeException {

    public ExerciseLockedException() {
        super("exercise.locked");
    }
}
