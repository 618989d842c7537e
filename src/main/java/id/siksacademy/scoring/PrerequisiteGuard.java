package id.siksacademy.scoring;

import id.siksacademy.attempt.StartGuard;
import id.siksacademy.content.Content;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An exercise opens once every prerequisite has a passed result. */
@Component
class PrerequisiteGuard implements StartGuard {

    private final StoredResultRepository results;
    private final Content content;

    PrerequisiteGuard(StoredResultRepository results, Content content) {
        this.results = results;
        this.content = content;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayStart(String operator, String exerciseId) {
        var prerequisites = content.exercise(exerciseId).map(e -> e.prerequisites()).orElse(java.util.List.of());
        if (prerequisites.isEmpty()) {
            return true;
        }
        var passed = results.findByOperatorOrderByScoredAtAscAttemptIdAsc(operator).stream()
                .filter(StoredResult::isPassed).map(StoredResult::getExerciseId).toList();
        return passed.containsAll(prerequisites);
    }
}
