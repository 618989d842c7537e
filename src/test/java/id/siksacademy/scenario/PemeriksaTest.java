package id.siksacademy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rule engine proves every planted fault is discoverable and no clean record is flagged. */
class PemeriksaTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234, 99991, 2026, 7, 8, 9})
    void finds_exactly_the_planted_fault_in_every_household_and_nothing_in_clean_ones(long seed) {
        Scenario s = TestContent.generate(TestContent.village(), seed);
        var planted = s.answerKey().byHousehold();
        Map<String, Set<FaultType>> found = findings(s);

        for (var entry : planted.values()) {
            Set<FaultType> got = found.getOrDefault(entry.householdId(), Set.of());
            if (entry.fault() == FaultType.CLEAN) {
                assertThat(got).as("clean household %s", entry.householdId()).isEmpty();
            } else {
                assertThat(got).as("household %s with %s", entry.householdId(), entry.fault())
                        .containsExactly(entry.fault());
            }
        }
    }

    @Test
    void every_fault_type_is_planted_as_specified_and_found() {
        ScenarioSpec spec = TestContent.village();
        for (long seed = 100; seed < 105; seed++) {
            Scenario s = TestContent.generate(spec, seed);
            Map<FaultType, Long> planted = s.answerKey().entries().stream()
                    .filter(e -> e.fault() != FaultType.CLEAN)
                    .collect(Collectors.groupingBy(AnswerKey.Entry::fault, () -> new EnumMap<>(FaultType.class),
                            Collectors.counting()));
            Map<FaultType, Long> expected = new EnumMap<>(FaultType.class);
            spec.faults().forEach((f, n) -> expected.put(f, (long) n));
            assertThat(planted).isEqualTo(expected);

            List<Finding> findings = new Pemeriksa(s.registry(), s.fieldNotes(), spec.asOf()).check(s.households());
            Map<FaultType, Long> foundCounts = findings.stream().collect(Collectors.groupingBy(Finding::fault,
                    () -> new EnumMap<>(FaultType.class), Collectors.counting()));
            assertThat(foundCounts).isEqualTo(expected);
        }
    }

    @Test
    void a_scenario_without_faults_passes_every_rule() {
        var spec = new ScenarioSpec("bersih", "33.18.10", true, 1500, TestContent.village().asOf(), Map.of(), null);
        Scenario s = TestContent.generate(spec, 77);
        assertThat(new Pemeriksa(s.registry(), s.fieldNotes(), spec.asOf()).check(s.households())).isEmpty();
    }

    static Map<String, Set<FaultType>> findings(Scenario s) {
        return new Pemeriksa(s.registry(), s.fieldNotes(), s.spec().asOf()).check(s.households()).stream()
                .collect(Collectors.groupingBy(Finding::householdId, TreeMap::new,
                        Collectors.mapping(Finding::fault, Collectors.toSet())));
    }
}
