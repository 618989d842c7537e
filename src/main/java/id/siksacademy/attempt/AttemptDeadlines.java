package id.siksacademy.attempt;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits timed attempts whose deadline has passed, with what was recorded, even when nobody has
 * the attempt open. Any request touching such an attempt closes it too.
 */
@Component
class AttemptDeadlines {

    private static final Logger log = LoggerFactory.getLogger(AttemptDeadlines.class);

    private final AttemptRepository attempts;
    private final Clock clock;

    AttemptDeadlines(AttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${siks.attempt.deadline-check:30s}")
    @Transactional
    public int submitExpired() {
        var expired = attempts.findByStatusAndDeadlineAtLessThanEqual(AttemptStatus.IN_PROGRESS, clock.instant());
        expired.forEach(a -> a.submit(a.getDeadlineAt(), SubmitReason.TIME_UP));
        if (!expired.isEmpty()) {
            log.info("Submitted {} attempt(s) whose time ran out", expired.size());
        }
        return expired.size();
    }
}
