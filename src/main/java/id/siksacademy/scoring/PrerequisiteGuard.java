package id.siksacademy.scoring;

import id.siksacademy.attempt.StartGuard;
import id.siksacademy.content.Content;
import id.siksacademy.content.ExerciseCatalogue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An exercise opens once every prerequisite has a passed result. */
@Component
class PrerequisiteGuard implements StartGuard {

    private final StoredResultRepository results;
    private final Content content;

    private final ExerciseCatalogue exercises;

    PrerequisiteGuard(StoredResultRepository results, Content content, ExerciseCatalogue exercises) {
        this.exercises = exercises;
        this.results = results;
        this.content = content;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayStart(String operator, String exerciseId) {
        return exercises.exercise(exerciseId)
                .map(e -> missing(e, results.findByOperatorOrderByScoredAtAscAttemptIdAsc(operator)).isEmpty())
                .orElse(true);
    }

    /** The prerequisites of an exercise without a passed result among these. */
    static java.util.List<String> missing(id.siksacademy.content.Exercise exercise, java.util.List<StoredResult> results) {
        return exercise.prerequisites().stream().filter(p -> results.stream()
                .noneMatch(r -> r.getExerciseId().equals(p) && r.isPassed())).toList();
    }
}
