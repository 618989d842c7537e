package id.siksacademy.training;

import id.siksacademy.As;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.account.AccountService;
import id.siksacademy.account.NewUser;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptNotFoundException;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scoring.ScoringService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/** A trainer replays their operator's attempt at any step, read-only, and comments; nobody else can. */
@SpringBootTest
@ActiveProfiles("test")
class ReviewTest {

    @Autowired CohortService cohorts;
    @Autowired AccountService accounts;
    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired ScoringService scoring;
    @Autowired SecurityContextHolderStrategy security;

    @Test
    void the_trainer_sees_the_sandbox_as_it_was_after_each_action_and_nobody_else_sees_it() {
        var as = new As(security);
        as.run("dinsos", "DINSOS_ADMIN", () -> {
            accounts.create(new NewUser("review.trainer", "Pelatih Tinjau", Role.TRAINER, "sawah hijau membentang", null));
            accounts.create(new NewUser("other.trainer", "Pelatih Lain", Role.TRAINER, "sawah hijau membentang", null));
        });
        as.run("review.trainer", "TRAINER", () -> {
            long cohort = cohorts.create(new NewCohort("Tinjau", "33.18.01", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 12, 31), List.of())).id();
            cohorts.importRoster(cohort, "nama,username,kode desa\nOp Tinjau,op.tinjau,33.18.01.2001\nOp Lain,op.lain,33.18.01.2001\n"
                    .getBytes(StandardCharsets.UTF_8));
        });
        long id = as.user("op.tinjau", "OPERATOR", () -> {
            long attempt = attempts.startOrResume("verval-desa-1").id();
            var households = sandbox.open(attempt).state().households();
            int count = 0;
            count = sandbox.record(attempt, count, new SandboxAction.SetHouseholdStatus(households.get(0).id(),
                    HouseholdStatus.DITEMUKAN, "")).actionCount();
            sandbox.record(attempt, count, new SandboxAction.SetHouseholdStatus(households.get(1).id(),
                    HouseholdStatus.DITEMUKAN, ""));
            return attempt;
        });

        as.run("review.trainer", "TRAINER", () -> {
            var first = sandbox.review(id, 1);
            var households = first.state().households();
            assertThat(first.readOnly()).isTrue();
            assertThat(first.review().total()).isEqualTo(2);
            assertThat(first.state().householdVerval(households.get(0).id())).isPresent();
            assertThat(first.state().householdVerval(households.get(1).id())).as("not yet at step 1").isEmpty();
            assertThat(sandbox.review(id, 99).state().householdVerval(households.get(1).id())).isPresent();
            assertThat(sandbox.review(id, 0).state().householdVerval(households.get(0).id())).isEmpty();
            assertThat(sandbox.timeline(id)).extracting(SandboxService.TimelineEntry::seq).containsExactly(1, 2);
            assertThat(scoring.storedResult(id)).as("still in progress").isEmpty();
            attempts.comment(id, "Cek dulu catatan lapangan sebelum verval.");
        });
        as.run("other.trainer", "TRAINER", () -> {
            assertThatThrownBy(() -> sandbox.review(id, 1)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> sandbox.timeline(id)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> attempts.review(id)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> attempts.comment(id, "x")).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> scoring.storedResult(id)).isInstanceOf(AuthorizationDeniedException.class);
        });
        as.run("op.lain", "OPERATOR", () -> { // a fellow operator of the same cohort
            assertThatThrownBy(() -> sandbox.review(id, 1)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> attempts.review(id)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> attempts.comments(id)).isInstanceOf(AttemptNotFoundException.class);
        });
        as.run("op.tinjau", "OPERATOR", () -> {
            assertThat(attempts.comments(id)).extracting(c -> c.body(), c -> c.author())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Cek dulu catatan lapangan sebelum verval.",
                            "review.trainer"));
            assertThatThrownBy(() -> attempts.comment(id, "x")).isInstanceOf(AuthorizationDeniedException.class);
        });
    }
}
