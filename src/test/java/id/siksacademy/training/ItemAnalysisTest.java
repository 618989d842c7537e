package id.siksacademy.training;

import id.siksacademy.As;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.account.AccountService;
import id.siksacademy.account.NewUser;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scoring.ScoringService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * Four operators of differing skill on one guided exercise: facility, discrimination, signal
 * detection and the weakest competencies come out as their work says.
 */
@SpringBootTest
@ActiveProfiles("test")
class ItemAnalysisTest {

    private static final String EXERCISE = "terpandu-k1-nik-kk";

    @Autowired CohortService cohorts;
    @Autowired ItemAnalysisService analysis;
    @Autowired AssignmentService assignments;
    @Autowired AccountService accounts;
    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired ScoringService scoring;
    @Autowired SecurityContextHolderStrategy security;

    @Test
    void facility_and_discrimination_follow_what_the_operators_did() {
        var as = new As(security);
        as.run("dinsos", "DINSOS_ADMIN", () -> accounts.create(new NewUser("analysis.trainer", "Pelatih Analisis",
                Role.TRAINER, "sawah hijau membentang", null)));
        long cohort = as.user("analysis.trainer", "TRAINER", () -> {
            long id = cohorts.create(new NewCohort("Analisis", "33.18.01", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 12, 31), List.of())).id();
            cohorts.importRoster(id, ("nama,username,kode desa\nA Perfect,ia.perfect,33.18.01.2001\n"
                    + "B Perfect,ia.perfect2,33.18.01.2001\nC Idle,ia.idle,33.18.01.2001\nD Idle,ia.idle2,33.18.01.2001\n")
                    .getBytes(StandardCharsets.UTF_8));
            return id;
        });
        work("ia.perfect", a -> id.siksacademy.scoring.Agents.perfect(sandbox.open(a).state().scenario()));
        work("ia.perfect2", a -> id.siksacademy.scoring.Agents.perfect(sandbox.open(a).state().scenario()));
        work("ia.idle", id -> List.of());
        work("ia.idle2", id -> List.of());

        var result = as.user("analysis.trainer", "TRAINER", () -> analysis.analyse(cohort, EXERCISE));
        assertThat(result.operators()).isEqualTo(4);
        assertThat(result.items()).isNotEmpty().allSatisfy(item -> {
            assertThat(item.facility()).as(item.fault() + ": two of four right").isEqualTo(0.5);
            assertThat(item.discrimination()).as(item.fault() + ": the upper group right, the lower not").isEqualTo(1.0);
            assertThat(item.commonWrongAct()).isEqualTo("MISSED");
        });
        assertThat(result.items()).extracting(ItemAnalysis.Item::fault).doesNotContain(FaultType.CLEAN);
        assertThat(result.signals()).hasSize(4);
        assertThat(result.signals().getFirst().dPrime()).as("idle first").isLessThan(result.signals().getLast().dPrime());
        assertThat(result.weakest()).isNotEmpty().allSatisfy(w -> assertThat(w.guidedExerciseId()).isNotNull())
                .as("a competency the cohort has mastered is not called weak").allSatisfy(w -> assertThat(w.meanMastery())
                        .isLessThan(id.siksacademy.scenario.TestContent.get().curriculum().mastery().mastered()));

        String weakest = result.weakest().getFirst().competency();
        as.run("analysis.trainer", "TRAINER", () -> {
            analysis.assignGuided(cohort, weakest);
            assertThat(assignments.assignments(cohort)).extracting(AssignmentProgress::exerciseId)
                    .contains(result.weakest().getFirst().guidedExerciseId());
        });
        as.run("pelatih", "TRAINER", () -> assertThatThrownBy(() -> analysis.analyse(cohort, EXERCISE))
                .isInstanceOf(AuthorizationDeniedException.class));
    }

    /** Starts the exercise as the operator, records the agent's actions, finalises and views the result. */
    private void work(String operator, Function<Long, List<SandboxAction>> agent) {
        new As(security).run(operator, "OPERATOR", () -> {
            long id = attempts.startOrResume(EXERCISE).id();
            int count = sandbox.open(id).actionCount();
            for (SandboxAction action : agent.apply(id)) {
                if (!(action instanceof SandboxAction.Finalise)) {
                    count = sandbox.record(id, count, action).actionCount();
                }
            }
            sandbox.finalise(id, count);
            assertThat(scoring.result(id)).isPresent();
        });
    }
}
