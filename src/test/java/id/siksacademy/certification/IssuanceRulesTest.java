package id.siksacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.scenario.TestContent;
import id.siksacademy.scoring.AttemptResult;
import id.siksacademy.scoring.CompetencyResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** curriculum.yaml: ujian-operator passed, no critical error, every competency at least 70, false flags at most 5 %. */
class IssuanceRulesTest {

    private static final String EXAM = "ujian-operator";

    private static AttemptResult result(AttemptResult.Verdict verdict, double k4, double falseFlags, int critical) {
        var competencies = List.of(competency("K1", 100.0), competency("K4", k4), competency("K8", null));
        var hits = critical == 0 ? List.<AttemptResult.CriticalHit>of()
                : List.of(new AttemptResult.CriticalHit("false_death", "h1", 0, "X"));
        return new AttemptResult(3, 95, 95, verdict, falseFlags, null, null, competencies, null, hits, null, null);
    }

    private static CompetencyResult competency(String id, Double score) {
        return new CompetencyResult(id, 1, 1, 1.0, 1.0, 1.0, 0, null, score, 70.0, true, 0, 1, 0);
    }

    private static boolean earns(AttemptResult r) {
        return CertificationService.earned(TestContent.get().curriculum(), EXAM, r).isPresent();
    }

    @Test
    void each_rule_is_met_at_its_threshold_and_missed_just_below_it() {
        assertThat(earns(result(AttemptResult.Verdict.PASSED, 70.0, 0.05, 0))).isTrue();
        assertThat(earns(result(AttemptResult.Verdict.PASSED, 69.9, 0.05, 0))).as("a competency under 70").isFalse();
        assertThat(earns(result(AttemptResult.Verdict.PASSED, 70.0, 0.0501, 0))).as("false flags over 5 %").isFalse();
        assertThat(earns(result(AttemptResult.Verdict.PASSED, 100.0, 0.0, 1))).as("one critical error").isFalse();
        assertThat(earns(result(AttemptResult.Verdict.NOT_PASSED, 100.0, 0.0, 0))).as("the exam not passed").isFalse();
        assertThat(CertificationService.earned(TestContent.get().curriculum(), "verval-desa-1",
                result(AttemptResult.Verdict.PASSED, 100.0, 0.0, 0))).as("not an exam of the level").isEmpty();
    }
}
