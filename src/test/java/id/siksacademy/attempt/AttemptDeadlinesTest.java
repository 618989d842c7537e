package id.siksacademy.attempt;

import id.siksacademy.MutableClock;
import id.siksacademy.OpenExercisesConfig;
import id.siksacademy.TestClockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Nobody has the exam open when time runs out: the scheduled job submits it anyway. */
@SpringBootTest(properties = {"spring.main.allow-bean-definition-overriding=true", "siks.attempt.deadline-check=1h"})
@org.springframework.context.annotation.Import({TestClockConfig.class, OpenExercisesConfig.class})
@ActiveProfiles("test")
class AttemptDeadlinesTest {

    static final MutableClock CLOCK = TestClockConfig.CLOCK;

    @Autowired AttemptService attempts;
    @Autowired AttemptDeadlines deadlines;
    @Autowired AttemptRepository repository;

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void expired_exams_are_submitted_with_what_was_recorded() {
        long id = attempts.startOrResume("ujian-operator").id();
        assertThat(deadlines.submitExpired()).isZero();
        CLOCK.advance(Duration.ofMinutes(60));
        try {
            assertThat(deadlines.submitExpired()).isEqualTo(1);
            assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(AttemptStatus.SUBMITTED);
        } finally {
            CLOCK.advance(Duration.ofMinutes(-60));
        }
    }
}
