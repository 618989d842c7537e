package id.siksacademy.training;

import id.siksacademy.As;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.TestClockConfig;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.sandbox.SandboxService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@Import(TestClockConfig.class)
@WithMockUser(username = "pelatih", roles = "TRAINER")
class AssignmentServiceTest {

    @Autowired CohortService cohorts;
    @Autowired AssignmentService assignments;
    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired SecurityContextHolderStrategy security;

    private static LocalDate today() {
        return LocalDate.ofInstant(TestClockConfig.CLOCK.instant(), AssignmentService.WIB);
    }

    @Test
    void states_follow_the_operators_work_and_a_missed_due_date_turns_overdue() {
        var as = new As(security);
        long id = cohorts.create(new NewCohort("Tugas", "33.18.01", today(), today().plusDays(30), List.of())).id();
        cohorts.importRoster(id, "nama,username,kode desa\nTugas Satu,tugas.satu,33.18.01.2001\nTugas Dua,tugas.dua,33.18.01.2001\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> assignments.assign(id, "terpandu-k1-nik-kk", today().minusDays(1), Set.of()))
                .hasMessage("assignment.error.due-past");
        assertThatThrownBy(() -> assignments.assign(id, "no-such-exercise", null, Set.of()))
                .hasMessage("assignment.error.exercise");
        assertThatThrownBy(() -> assignments.assign(id, "terpandu-k1-nik-kk", null, Set.of("operator")))
                .hasMessage("assignment.error.not-member");
        assignments.assign(id, "terpandu-k1-nik-kk", today().plusDays(2), Set.of());
        assignments.assign(id, "terpandu-k2-padan", null, Set.of("tugas.dua"));

        as.run("tugas.satu", "OPERATOR", () -> {
            assertThat(assignments.myTasks()).extracting(Task::exerciseId, Task::state)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("terpandu-k1-nik-kk", TaskState.NOT_STARTED));
            attempts.startOrResume("terpandu-k1-nik-kk");
        });
        as.run("tugas.dua", "OPERATOR", () -> {
            long attempt = attempts.startOrResume("terpandu-k1-nik-kk").id();
            sandbox.finalise(attempt, sandbox.open(attempt).actionCount());
            assertThat(assignments.myTasks()).extracting(Task::exerciseId).contains("terpandu-k2-padan");
        });
        var first = assignments.assignments(id).stream().filter(a -> a.exerciseId().equals("terpandu-k1-nik-kk")).findFirst()
                .orElseThrow();
        assertThat(first.operators()).extracting(AssignmentProgress.Entry::username, AssignmentProgress.Entry::state)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("tugas.satu", TaskState.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple("tugas.dua", TaskState.SUBMITTED));
        assertThat(first.overdueCount()).isZero();

        TestClockConfig.CLOCK.advance(Duration.ofDays(4));
        first = assignments.assignments(id).stream().filter(a -> a.exerciseId().equals("terpandu-k1-nik-kk")).findFirst()
                .orElseThrow();
        assertThat(first.operators()).filteredOn(AssignmentProgress.Entry::overdue)
                .extracting(AssignmentProgress.Entry::username).containsExactly("tugas.satu");
        as.run("tugas.satu", "OPERATOR", () -> assertThat(assignments.myTasks().getFirst().overdue()).isTrue());
    }
}
