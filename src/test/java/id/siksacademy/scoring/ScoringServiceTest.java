package id.siksacademy.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.attempt.AttemptService;
import id.siksacademy.attempt.ExerciseLockedException;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxRefusedException;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.TestContent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "operator", roles = "OPERATOR")
class ScoringServiceTest {

    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired ScoringService scoring;

    @Test
    void a_submitted_attempt_is_scored_once_and_rescoring_reproduces_the_stored_result() {
        long id = attempts.startOrResume("terpandu-k6-kelayakan").id();
        assertThat(scoring.result(id)).as("no result while in progress").isEmpty();
        var ws = sandbox.open(id);
        int count = ws.actionCount();
        for (SandboxAction action : Agents.half(ws.state().scenario())) {
            count = sandbox.record(id, count, action).actionCount();
        }
        sandbox.finalise(id, count);

        AttemptResult stored = scoring.result(id).orElseThrow();
        assertThat(scoring.rescore(id)).isEqualTo(stored);
        assertThat(scoring.result(id)).contains(stored);
        assertThat(scoring.scores()).containsKey(id);
    }

    @Test
    void the_exam_stays_locked_until_the_practice_village_is_passed() {
        assertThat(scoring.catalogue()).anySatisfy(s -> {
            assertThat(s.exerciseId()).isEqualTo("ujian-operator");
            assertThat(s.state()).isEqualTo(ExerciseStatus.State.LOCKED);
            assertThat(s.missingPrerequisites()).containsExactly("verval-desa-1");
        });
        assertThatThrownBy(() -> attempts.startOrResume("ujian-operator")).isInstanceOf(ExerciseLockedException.class);

        long id = attempts.startOrResume("verval-desa-1").id();
        var ws = sandbox.open(id);
        int count = ws.actionCount();
        for (SandboxAction action : Agents.perfect(ws.state().scenario())) {
            if (!(action instanceof SandboxAction.Finalise)) {
                count = sandbox.record(id, count, action).actionCount();
            }
        }
        sandbox.finalise(id, count);
        assertThat(scoring.result(id).orElseThrow().passed()).isTrue();
        assertThat(attempts.startOrResume("ujian-operator").exerciseId()).isEqualTo("ujian-operator");
    }

    @Test
    void progress_traces_mastery_and_recommends_the_weakest_competency() {
        scoring.scorePending();
        var progress = scoring.progress();
        assertThat(progress.mastery()).containsOnlyKeys("K1", "K2", "K3", "K4", "K5", "K6", "K7", "K8");
        assertThat(progress.recommendedExercise()).isNotNull();
        assertThat(progress.mastery().get(progress.weakestCompetency()))
                .isEqualTo(progress.mastery().values().stream().min(Double::compare).orElseThrow());
        var trained = new java.util.HashSet<String>();
        progress.history().forEach(p -> scoring.result(p.attemptId()).orElseThrow().competencies()
                .forEach(c -> trained.add(c.competency())));
        for (String c : progress.mastery().keySet()) {
            assertThat(progress.evidenced(c)).as(c + ": evidence only from a scored attempt that trains it")
                    .isEqualTo(trained.contains(c));
        }
    }

    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void the_verdict_is_stored_and_a_first_scorer_result_is_still_read_with_its_pass_or_fail() {
        long id = attempts.startOrResume("terpandu-k3-ganda").id();
        var ws = sandbox.open(id);
        int count = ws.actionCount();
        var exercise = TestContent.get().exercise("terpandu-k3-ganda").orElseThrow();
        for (SandboxAction action : Agents.takesEveryHint(ws.state().scenario(), exercise)) {
            if (!(action instanceof SandboxAction.Finalise)) {
                count = sandbox.record(id, count, action).actionCount();
            }
        }
        sandbox.finalise(id, count);
        var result = scoring.result(id).orElseThrow();
        assertThat(result.verdict()).isEqualTo(AttemptResult.Verdict.PASSED_WITH_HELP);
        assertThat(jdbc.queryForObject("select verdict from attempt_result where attempt_id = ?", String.class, id))
                .isEqualTo("PASSED_WITH_HELP");

        // as the first scorer stored it: no verdict, no gates, a hint penalty
        jdbc.update("update attempt_result set verdict = null, passed = true, result_json = ? where attempt_id = ?",
                "{\"scorerVersion\":1,\"score\":95.0,\"passed\":true,\"falseFlagRate\":0.0,\"hintPenalty\":5,"
                        + "\"competencies\":[],\"feedback\":[]}", id);
        var legacy = scoring.result(id).orElseThrow();
        assertThat(legacy.verdict()).isEqualTo(AttemptResult.Verdict.PASSED);
        assertThat(legacy.score()).isEqualTo(95.0);
        assertThat(legacy.gates()).isEmpty();
    }

    @Test
    void a_household_shown_at_another_cost_than_the_exercise_s_is_refused() {
        long id = attempts.startOrResume("terpandu-k3-ganda").id();
        var ws = sandbox.open(id);
        String household = ws.state().households().getFirst().id();
        assertThatThrownBy(() -> sandbox.record(id, ws.actionCount(),
                new SandboxAction.ShowHousehold("ganda", household, 0)))
                .isInstanceOf(SandboxRefusedException.class);
        assertThat(sandbox.record(id, ws.actionCount(), new SandboxAction.ShowHousehold("ganda", household, 5))
                .actionCount()).isEqualTo(ws.actionCount() + 1);
    }
}
