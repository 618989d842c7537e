package id.siksacademy.content;

/** Guided: steps and hints; practice: hints, no step checks; exam: timed, no hints. */
public enum ExerciseMode {
    GUIDED, PRACTICE, EXAM
}
