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
        var mine = cohorts.findByMember(operator);
        var byId = new java.util.HashMap<Long, Cohort>();
        mine.forEach(c -> byId.put(c.getId(), c));
        return assignments.findByCohortIdInOrderByDueOnAscIdAsc(byId.keySet()).stream()
                .anyMatch(a -> a.getExerciseId().equals(exerciseId) && a.concerns(operator, byId.get(a.getCohortId()).getMembers()));
    }
}
