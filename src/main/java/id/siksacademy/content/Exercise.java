package id.siksacademy.content;

import id.siksacademy.scenario.ScenarioSpec;
import java.util.List;

/** An exercise from content/exercises: what the operator is asked to do, in which village. */
public record Exercise(String id, ExerciseMode mode, List<String> competencies, LocalizedText title,
                       LocalizedText instructions, int timeLimitMinutes, int estimatedMinutes, ScenarioSpec scenario) {

    public Exercise {
        competencies = List.copyOf(competencies);
    }

    public boolean timed() {
        return timeLimitMinutes > 0;
    }
}
