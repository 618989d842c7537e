package id.siksacademy.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.bench.BenchReport;
import id.siksacademy.content.Exercise;
import id.siksacademy.region.Village;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxState;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.Scenario;
import id.siksacademy.scenario.TestContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scoring a 120-household attempt with 300 actions. Writes target/bench/scoring.json. */
class ScoringBenchmark {

    @Test
    void scoring() throws Exception {
        Set<String> villages = TestContent.get().kabupaten().villages().map(Village::code).collect(Collectors.toSet());
        var spec = TestContent.village();
        Scenario scenario = TestContent.generate(spec, 42);
        var actions = new ArrayList<SandboxAction>(Agents.perfect(scenario));
        actions.removeIf(a -> a instanceof SandboxAction.Finalise);
        int i = 0;
        while (actions.size() < 299) { // pad with look-ups and re-confirmations to 300 actions
            DtksHousehold h = scenario.households().get(i++ % scenario.households().size());
            actions.add(new SandboxAction.Padan(SandboxAction.PadanKind.KK, h.kk()));
        }
        actions.add(new SandboxAction.Finalise());
        SandboxState state = SandboxState.replay(scenario, villages, actions);
        // the practice village's rules (all competencies, gates, the workflow) on the 120-household village
        var practice = TestContent.get().exercise("verval-desa-1").orElseThrow();
        var rules = ScoringRules.of(TestContent.get(), new Exercise(practice.id(), practice.mode(),
                practice.competencies(), practice.title(), practice.instructions(), 0, 60, spec, List.of(),
                practice.pass(), List.of(), practice.revealCost()));
        AttemptResult[] result = new AttemptResult[1];
        double ms = BenchReport.medianMs(200, 301, () -> {
            long t = System.nanoTime();
            result[0] = Scorer.score(scenario, state, rules);
            return System.nanoTime() - t;
        });
        assertThat(result[0].score()).isEqualTo(100.0);
        var section = BenchReport.section();
        section.put("households", spec.households());
        section.put("actions", actions.size());
        section.put("score_ms_median", ms);
        var report = new LinkedHashMap<String, Map<String, Object>>();
        report.put("scoring", section);
        BenchReport.write("scoring", report);
    }
}
