package id.siksacademy.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.content.Content;
import id.siksacademy.scenario.ScenarioGenerator;
import id.siksacademy.scoring.ScoringService;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * An upgrade that changes how villages are generated leaves attempts it cannot rebuild: an open one
 * is retired (so the operator starts afresh), and neither it nor an unscored one breaks a page.
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "pensiun", roles = "OPERATOR")
class RetiredAttemptTest {

    @Autowired AttemptService attempts;
    @Autowired AttemptRepository repository;
    @Autowired ScoringService scoring;
    @Autowired Content content;

    @Test
    void an_open_attempt_of_an_older_generator_is_retired_and_a_new_one_starts() {
        var exercise = content.exercise("terpandu-k2-padan").orElseThrow();
        var old = repository.saveAndFlush(new Attempt("pensiun", exercise.id(), exercise.mode(), "lama", "old",
                content.snapshot(exercise.scenario(), content.kabupaten()), 42, ScenarioGenerator.VERSION - 1, Instant.now(), null));

        var fresh = attempts.startOrResume(exercise.id());

        assertThat(fresh.id()).isNotEqualTo(old.getId());
        assertThat(fresh.rebuildable()).isTrue();
        var retired = attempts.summary(old.getId());
        assertThat(retired.open()).isFalse();
        assertThat(retired.submitReason()).isEqualTo(SubmitReason.RETIRED);
        assertThat(retired.rebuildable()).isFalse();
        assertThatThrownBy(() -> attempts.scenario(old.getId())).isInstanceOf(AttemptRetiredException.class);
        assertThat(scoring.result(old.getId())).isEmpty();
        scoring.scorePending(); // skips what it cannot rebuild instead of failing the operator's home
    }
}
