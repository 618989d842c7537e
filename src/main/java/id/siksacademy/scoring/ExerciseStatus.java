package id.siksacademy.scoring;

import java.util.List;

/** An exercise as the operator's catalogue shows it: locked (and why), available, or passed, with the best score. */
public record ExerciseStatus(String exerciseId, State state, Double bestScore, List<String> missingPrerequisites) {

    public enum State { LOCKED, AVAILABLE, PASSED }
}
