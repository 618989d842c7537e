package id.siksacademy.attempt;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose attempt an id is: for access rules only (the training feature's {@code @oversight} asks it
 * before a trainer may review an attempt). Reveals nothing to a user by itself.
 */
@Component
public class AttemptOwners {

    private final AttemptRepository attempts;

    AttemptOwners(AttemptRepository attempts) {
        this.attempts = attempts;
    }

    @Transactional(readOnly = true)
    public Optional<String> operatorOf(long attemptId) {
        return attempts.findById(attemptId).map(Attempt::getOperator);
    }
}
