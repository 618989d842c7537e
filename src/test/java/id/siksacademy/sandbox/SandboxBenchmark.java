package id.siksacademy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.attempt.AttemptService;
import id.siksacademy.bench.BenchReport;
import id.siksacademy.region.Village;
import id.siksacademy.sandbox.SandboxAction.PadanKind;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;
import id.siksacademy.scenario.Scenario;
import id.siksacademy.scenario.ScenarioSpec;
import id.siksacademy.scenario.TestContent;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * Rebuilding a 120-household attempt from its seed and 500 recorded actions, recording one action
 * on the H2 file database, and the live heap of one open attempt. Writes target/bench/sandbox.json.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/bench/sandbox-bench;DB_CLOSE_ON_EXIT=FALSE")
@ActiveProfiles("test")
public class SandboxBenchmark {

    static final Set<String> VILLAGES = TestContent.get().kabupaten().villages().map(Village::code)
            .collect(Collectors.toSet());

    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void sandbox() throws Exception {
        ScenarioSpec spec = TestContent.village();
        var generator = TestContent.get().generator();
        Scenario scenario = generator.generate(spec, 42);
        List<String[]> log = new ArrayList<>();
        for (SandboxAction a : actions(scenario, 500)) {
            log.add(new String[] {ActionCodec.type(a), ActionCodec.payload(a)});
        }
        SandboxState[] rebuilt = new SandboxState[1];
        double rebuildMs = BenchReport.medianMs(20, 51, () -> {
            long t = System.nanoTime();
            var actions = log.stream().map(l -> ActionCodec.read(l[0], l[1])).toList();
            rebuilt[0] = SandboxState.replay(generator.generate(spec, 42), VILLAGES, actions);
            return System.nanoTime() - t;
        });
        assertThat(rebuilt[0].applied()).isEqualTo(500);

        attempts.mine().stream().filter(a -> a.open()).forEach(a -> attempts.submit(a.id()));
        long id = attempts.startOrResume("verval-desa-1").id();
        var ws = sandbox.open(id);
        var appendActions = actions(ws.state().scenario(), 1100);
        int count = ws.actionCount();
        long[] nanos = new long[1000];
        for (int i = 0; i < appendActions.size(); i++) {
            long t = System.nanoTime();
            count = sandbox.record(id, count, appendActions.get(i)).actionCount();
            if (i >= 100) {
                nanos[i - 100] = System.nanoTime() - t;
            }
        }
        double appendP95 = BenchReport.percentileMs(nanos, 0.95);
        double appendMedian = BenchReport.percentileMs(nanos, 0.5);

        double perAttemptKb = heapPerAttemptKb(spec, generator);

        var section = BenchReport.section();
        section.put("households", spec.households());
        section.put("recorded_actions", 500);
        section.put("rebuild_ms_median", rebuildMs);
        section.put("append_ms_p95", appendP95);
        section.put("append_ms_median", appendMedian);
        section.put("heap_per_attempt_kb", perAttemptKb);
        var report = new LinkedHashMap<String, Map<String, Object>>();
        report.put("sandbox", section);
        BenchReport.write("sandbox", report);
    }

    /** Live heap of open 120-household attempts (scenario + state with 100 actions), per attempt. */
    private static double heapPerAttemptKb(ScenarioSpec spec, id.siksacademy.scenario.ScenarioGenerator generator) {
        int n = 40;
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        var held = new ArrayList<SandboxState>();
        for (int i = 0; i < n; i++) {
            Scenario s = generator.generate(spec, 1000 + i);
            held.add(SandboxState.replay(s, VILLAGES, actions(s, 100)));
        }
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        assertThat(held).hasSize(n);
        return (after - before) / 1024.0 / n;
    }

    /** A plausible mix of look-ups, corrections and verval results, all accepted by the checks. */
    public static List<SandboxAction> actions(Scenario s, int n) {
        var list = new ArrayList<SandboxAction>(n);
        List<DtksHousehold> hh = s.households();
        for (int i = 0; list.size() < n; i++) {
            DtksHousehold h = hh.get(i % hh.size());
            switch (i % 4) {
                case 0 -> list.add(new SandboxAction.Padan(PadanKind.KK, h.kk()));
                case 1 -> list.add(new SandboxAction.SetHouseholdStatus(h.id(),
                        i % 8 == 1 ? HouseholdStatus.DITEMUKAN : HouseholdStatus.MENOLAK, "periksa " + i));
                case 2 -> list.add(new SandboxAction.Edit(h.id(), null, Field.RT, Integer.toString(1 + (i / 4) % 9 + 10)));
                default -> list.add(new SandboxAction.SetMemberStatus(h.id(), 0,
                        i % 8 == 3 ? MemberStatus.TERKONFIRMASI : MemberStatus.TIDAK_TERKONFIRMASI, null, null));
            }
        }
        return list;
    }
}
