package id.siksacademy.training;

import id.siksacademy.attempt.StartGuard;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A built exercise is started only by an operator it was assigned to. */
@Component
class BuiltExerciseGuard implements StartGuard {

    private final AssignmentRepository assignments;
    private final CohortRepository cohorts;

    BuiltExerciseGuard(AssignmentRepository assignments, CohortRepository cohorts) {
        this.assignments = assignments;
        this.cohorts = cohorts;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayStart(String operator, String exerciseId) {
        if (!exerciseId.startsWith(ExerciseBuilderService.PREFIX)) {
            return true;
        }
        return AssignmentService.assignedTo(operator, cohorts, assignments).stream()
                .anyMatch(e -> e.getKey().getExerciseId().equals(exerciseId));
    }
}
