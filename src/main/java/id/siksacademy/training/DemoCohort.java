package id.siksacademy.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A demo cohort run by the demo trainer with the demo operator in it; never in the prod profile. */
@Component
@Profile("!prod")
@Order(1)
class DemoCohort implements ApplicationRunner {

    static final String NAME = "Angkatan 1 Sukolilo (demo)";
    private static final Logger log = LoggerFactory.getLogger(DemoCohort.class);

    private final CohortRepository cohorts;
    private final Clock clock;

    DemoCohort(CohortRepository cohorts, Clock clock) {
        this.cohorts = cohorts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (cohorts.count() > 0) {
            return;
        }
        var today = LocalDate.ofInstant(clock.instant(), AssignmentService.WIB);
        var cohort = new Cohort(NAME, "33.18.01", today.withDayOfMonth(1), today.withDayOfMonth(1).plusMonths(2).minusDays(1),
                Set.of("pelatih"), "pelatih", clock.instant());
        cohort.getMembers().add("operator");
        cohorts.save(cohort);
        log.info("Demo cohort '{}' created", NAME);
    }
}
