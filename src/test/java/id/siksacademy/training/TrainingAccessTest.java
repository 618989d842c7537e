package id.siksacademy.training;

import id.siksacademy.As;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.account.AccountService;
import id.siksacademy.account.NewUser;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.scoring.ScoringService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * A trainer sees and changes only their own cohorts, and those cohorts' operators and attempts:
 * two trainers try each other's cohort, operators and attempts by id and by name.
 */
@SpringBootTest
@ActiveProfiles("test")
class TrainingAccessTest {

    @Autowired CohortService cohorts;
    @Autowired AssignmentService assignments;
    @Autowired ProgressService progress;
    @Autowired AccountService accounts;
    @Autowired AttemptService attempts;
    @Autowired ScoringService scoring;
    @Autowired SecurityContextHolderStrategy security;

    private As as;
    private long cohortA;
    private long cohortB;
    private static int round;

    @BeforeEach
    void two_trainers_with_a_cohort_each() {
        as = new As(security);
        round++;
        String a = "trainer.a" + round;
        String b = "trainer.b" + round;
        as.run("dinsos", "DINSOS_ADMIN", () -> {
            accounts.create(new NewUser(a, "Pelatih A", Role.TRAINER, "sawah hijau membentang", null));
            accounts.create(new NewUser(b, "Pelatih B", Role.TRAINER, "sawah hijau membentang", null));
        });
        cohortA = as.user(a, "TRAINER", () -> {
            long id = cohorts.create(new NewCohort("Angkatan A " + round, "33.18.01", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 12, 31), List.of())).id();
            cohorts.importRoster(id, roster("nama,username,kode desa\nOperator A1,op.a1." + round + ",33.18.01.2001\n"
                    + "Operator A2,op.a2." + round + ",33.18.01.2002\n"));
            return id;
        });
        cohortB = as.user(b, "TRAINER", () -> {
            long id = cohorts.create(new NewCohort("Angkatan B " + round, "33.18.02", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 12, 31), List.of())).id();
            cohorts.importRoster(id, roster("nama,username,kode desa\nOperator B1,op.b1." + round + ",33.18.02.2001\n"));
            return id;
        });
    }

    private static byte[] roster(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_trainer_cannot_read_or_change_another_trainers_cohort() {
        String b = "trainer.b" + round;
        String opA = "op.a1." + round;
        as.run(b, "TRAINER", () -> {
            assertThat(cohorts.cohorts()).extracting(CohortSummary::id).containsExactly(cohortB);
            assertThatThrownBy(() -> cohorts.cohort(cohortA)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> cohorts.members(cohortA)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> cohorts.addMember(cohortA, "op.b1." + round)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> cohorts.removeMember(cohortA, opA)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> cohorts.checkRoster(cohortA, roster("nama,username,kode desa\nX,x.y,33.18.01.2001\n")))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> cohorts.importRoster(cohortA, roster("nama,username,kode desa\nX,x.y,33.18.01.2001\n")))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> assignments.assign(cohortA, "terpandu-k1-nik-kk", null, Set.of()))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> assignments.assignments(cohortA)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> progress.matrix(new ProgressMatrix.Filter(cohortA, null, null)))
                    .isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> progress.export(new ProgressMatrix.Filter(cohortA, null, null), true, (k, p) -> k))
                    .isInstanceOf(AuthorizationDeniedException.class);
        });
        assertThat(as.user("trainer.a" + round, "TRAINER", () -> cohorts.members(cohortA)))
                .as("nothing of B's reached A's cohort").extracting(m -> m.username())
                .containsExactlyInAnyOrder(opA, "op.a2." + round);
    }

    @Test
    void a_trainer_cannot_see_another_trainers_operators_or_their_attempts() {
        String b = "trainer.b" + round;
        String opA = "op.a1." + round;
        long attempt = as.user(opA, "OPERATOR", () -> attempts.startOrResume("terpandu-k1-nik-kk").id());
        as.run(b, "TRAINER", () -> {
            assertThat(progress.matrix(ProgressMatrix.Filter.ALL).rows()).extracting(ProgressMatrix.Row::username)
                    .containsExactly("op.b1." + round);
            assertThatThrownBy(() -> progress.operator(opA)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> attempts.attemptsOf(List.of(opA))).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> scoring.recordsOf(List.of(opA))).isInstanceOf(AuthorizationDeniedException.class);
        });
        as.run("trainer.a" + round, "TRAINER", () -> {
            var detail = progress.operator(opA);
            assertThat(detail.attempts()).extracting(x -> x.id()).containsExactly(attempt);
            assertThat(detail.cohorts()).containsExactly("Angkatan A " + round);
        });
        as.run("dinsos", "DINSOS_ADMIN", () -> {
            assertThat(progress.operator(opA).attempts()).hasSize(1);
            assertThat(cohorts.cohorts()).extracting(CohortSummary::id).contains(cohortA, cohortB);
        });
    }

    @Test
    void an_operator_reaches_no_trainer_service_and_sees_only_their_own_tasks() {
        String opA = "op.a1." + round;
        as.run("trainer.a" + round, "TRAINER", () -> assignments.assign(cohortA, "terpandu-k1-nik-kk", null, Set.of()));
        as.run(opA, "OPERATOR", () -> {
            assertThatThrownBy(() -> cohorts.cohorts()).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> cohorts.members(cohortA)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> progress.matrix(ProgressMatrix.Filter.ALL)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> progress.operator(opA)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> scoring.recordsOf(List.of(opA))).isInstanceOf(AuthorizationDeniedException.class);
            assertThat(assignments.myTasks()).extracting(Task::exerciseId).containsExactly("terpandu-k1-nik-kk");
        });
        as.run("op.b1." + round, "OPERATOR", () -> assertThat(assignments.myTasks()).isEmpty());
    }
}
