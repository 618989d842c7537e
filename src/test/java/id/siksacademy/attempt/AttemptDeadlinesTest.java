package id.siksacademy.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Nobody has the exam open when time runs out: the scheduled job submits it anyway. */
@SpringBootTest(properties = {"spring.main.allow-bean-definition-overriding=true", "siks.attempt.deadline-check=1h"})
@ActiveProfiles("test")
class AttemptDeadlinesTest {

    static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-10-01T01:00:00Z"));

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        Clock clock() {
            return CLOCK;
        }
    }

    /** The exam's prerequisite (a passed practice) is not what these tests are about. */
    @org.springframework.test.context.bean.override.mockito.MockitoBean
    id.siksacademy.attempt.StartGuard guard;

    @org.junit.jupiter.api.BeforeEach
    void openEveryExercise() {
        org.mockito.Mockito.when(guard.mayStart(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any()))
                .thenReturn(true);
    }

    @Autowired AttemptService attempts;
    @Autowired AttemptDeadlines deadlines;
    @Autowired AttemptRepository repository;

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void expired_exams_are_submitted_with_what_was_recorded() {
        long id = attempts.startOrResume("ujian-operator").id();
        assertThat(deadlines.submitExpired()).isZero();
        CLOCK.advance(Duration.ofMinutes(60));
        assertThat(deadlines.submitExpired()).isEqualTo(1);
        assertThat(repository.findById(id).orElseThrow().getStatus()).isEqualTo(AttemptStatus.SUBMITTED);
    }
}
