package id.siksacademy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Finding;
import id.siksacademy.scenario.Pemeriksa;
import id.siksacademy.scenario.Scenario;
import id.siksacademy.scenario.ScenarioSpec;
import id.siksacademy.scenario.TestContent;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Pati BST list at full size (39,760 households) and a 120-household village: generation
 * and rule-engine medians, heap peak, and whether the engine found exactly the planted faults.
 * Run with {@code mvn -Pbench verify} (heap capped at 512 MB); writes target/bench/scenario.json.
 */
class ScenarioBenchmark {

    @Test
    void scenario() throws Exception {
        ScenarioSpec pati = TestContent.get().scenario("pati-bst-2020").orElseThrow();
        ScenarioSpec village = TestContent.village();
        var generator = TestContent.get().generator();

        System.gc();
        BenchReport.resetPeakHeap();
        Scenario[] last = new Scenario[1];
        double generateMs = BenchReport.medianMs(2, 7, () -> {
            long t = System.nanoTime();
            last[0] = generator.generate(pati, pati.seed());
            return System.nanoTime() - t;
        });
        Scenario s = last[0];
        List<Finding>[] findings = new List[1];
        double validateMs = BenchReport.medianMs(2, 7, () -> {
            long t = System.nanoTime();
            findings[0] = new Pemeriksa(s.registry(), s.fieldNotes(), pati.asOf()).check(s.households());
            return System.nanoTime() - t;
        });
        double heapMb = BenchReport.peakHeapMb();
        System.gc();
        double liveMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);

        Set<String> planted = new HashSet<>();
        s.answerKey().entries().stream().filter(e -> e.fault() != FaultType.CLEAN)
                .forEach(e -> planted.add(e.householdId() + "|" + e.fault()));
        Set<String> found = new HashSet<>();
        findings[0].forEach(f -> found.add(f.householdId() + "|" + f.fault()));
        long missed = planted.stream().filter(p -> !found.contains(p)).count();
        long falseFindings = found.stream().filter(f -> !planted.contains(f)).count();

        var patiSection = BenchReport.section();
        patiSection.put("households", s.households().size());
        patiSection.put("members", s.memberCount());
        patiSection.put("valid_households", s.households().size() - s.answerKey().faultyCount());
        patiSection.put("invalid_households", s.answerKey().faultyCount());
        patiSection.put("rule_missed", missed);
        patiSection.put("rule_false_findings", falseFindings);
        patiSection.put("generate_ms_median", generateMs);
        patiSection.put("validate_ms_median", validateMs);
        patiSection.put("generate_plus_validate_ms_median", generateMs + validateMs);
        patiSection.put("heap_max_mb", heapMb);
        patiSection.put("heap_live_after_gc_mb", liveMb);
        patiSection.put("max_heap_setting_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));

        long[] seed = {1};
        double villageMs = BenchReport.medianMs(200, 301, () -> {
            long t = System.nanoTime();
            generator.generate(village, seed[0]++);
            return System.nanoTime() - t;
        });
        var villageSection = BenchReport.section();
        villageSection.put("households", village.households());
        villageSection.put("generate_ms_median", villageMs);

        var report = new LinkedHashMap<String, java.util.Map<String, Object>>();
        report.put("pati_bst", patiSection);
        report.put("village", villageSection);
        BenchReport.write("scenario", report);

        assertThat(missed).isZero();
        assertThat(falseFindings).isZero();
    }
}
