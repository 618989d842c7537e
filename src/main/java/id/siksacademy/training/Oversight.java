package id.siksacademy.training;

import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptOwners;
import id.siksacademy.base.security.CurrentUser;
import java.util.Collection;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and change what in training, used in access rules as {@code @oversight}: a Dinsos
 * administrator every cohort of the kabupaten; a trainer only the cohorts they run and those
 * cohorts' operators; an operator only themselves.
 */
@Component("oversight")
@Transactional(readOnly = true)
public class Oversight {

    private final CohortRepository cohorts;
    private final CurrentUser currentUser;
    private final AttemptOwners owners;

    Oversight(CohortRepository cohorts, CurrentUser currentUser, AttemptOwners owners) {
        this.cohorts = cohorts;
        this.currentUser = currentUser;
        this.owners = owners;
    }

    /** A trainer's review of an attempt: only of an operator of their cohorts (any, for Dinsos). */
    public boolean mayViewAttempt(long attemptId) {
        if (!currentUser.hasRole(Role.Names.TRAINER) && !currentUser.hasRole(Role.Names.DINSOS_ADMIN)) {
            return false;
        }
        return owners.operatorOf(attemptId).map(this::mayViewOperator).orElse(currentUser.hasRole(Role.Names.DINSOS_ADMIN));
    }

    public boolean mayManageCohort(long cohortId) {
        if (currentUser.hasRole(Role.Names.DINSOS_ADMIN)) {
            return true;
        }
        var me = currentUser.username();
        return me.isPresent() && currentUser.hasRole(Role.Names.TRAINER)
                && cohorts.findById(cohortId).map(c -> c.getTrainers().contains(me.get())).orElse(false);
    }

    public boolean mayViewOperator(String operator) {
        var me = currentUser.username();
        if (me.isEmpty() || operator == null) {
            return false;
        }
        if (currentUser.hasRole(Role.Names.DINSOS_ADMIN)) {
            return true;
        }
        if (currentUser.hasRole(Role.Names.TRAINER)) {
            return cohorts.trainerOversees(me.get(), operator);
        }
        return me.get().equals(operator);
    }

    public boolean mayViewAll(Collection<String> operators) {
        if (currentUser.hasRole(Role.Names.DINSOS_ADMIN)) {
            return true;
        }
        var me = currentUser.username();
        if (me.isEmpty()) {
            return false;
        }
        if (currentUser.hasRole(Role.Names.TRAINER)) {
            var mine = cohorts.operatorsOf(me.get());
            return mine.containsAll(operators);
        }
        return operators.stream().allMatch(me.get()::equals);
    }
}
