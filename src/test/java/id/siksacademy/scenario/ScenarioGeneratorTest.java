package id.siksacademy.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScenarioGeneratorTest {

    /**
     * Pinned: changing generation on purpose means bumping ScenarioGenerator.VERSION and this hash.
     * Nothing else may change it: not the machine, the locale, the time zone or the clock.
     */
    static final String PINNED_SHA256 = "bdb06b9763ec9113342d777f7dfed3ec1dc4853f0c0e4ced9199fef0176f0346";

    @Test
    void the_same_spec_and_seed_give_byte_identical_scenarios() {
        String first = ScenarioFingerprint.sha256(TestContent.generate(TestContent.village(), 42));
        String second = ScenarioFingerprint.sha256(TestContent.generate(TestContent.village(), 42));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_village_scenario_with_seed_42_has_the_pinned_fingerprint() {
        assertThat(ScenarioGenerator.VERSION).isEqualTo(1);
        assertThat(ScenarioFingerprint.sha256(TestContent.generate(TestContent.village(), 42)))
                .isEqualTo(PINNED_SHA256);
    }

    @Test
    void neither_locale_nor_time_zone_changes_the_output() {
        var locale = java.util.Locale.getDefault();
        var zone = java.util.TimeZone.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("ar-EG"));
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Pacific/Kiritimati"));
            var content = id.siksacademy.content.ContentLoader.at(java.nio.file.Path.of("content")).load("pati.yaml");
            var spec = content.scenario("desa-latihan-120").orElseThrow();
            assertThat(ScenarioFingerprint.sha256(content.generator().generate(spec, 42))).isEqualTo(PINNED_SHA256);
        } finally {
            java.util.Locale.setDefault(locale);
            java.util.TimeZone.setDefault(zone);
        }
    }

    @Test
    void different_seeds_give_different_people_and_fault_positions_with_the_same_mix() {
        Scenario a = TestContent.generate(TestContent.village(), 1);
        Scenario b = TestContent.generate(TestContent.village(), 2);

        assertThat(niks(a)).doesNotContainAnyElementsOf(niks(b).stream().limit(20).toList());
        assertThat(faultyPositions(a)).isNotEqualTo(faultyPositions(b));
        assertThat(mix(a)).isEqualTo(mix(b));
    }

    @Test
    void one_hundred_thousand_generated_niks_are_all_valid_and_unique() {
        var spec = new ScenarioSpec("nik", "33.18", true, 29_000, LocalDate.of(2026, 1, 1), Map.of(), null);
        Scenario s = TestContent.generate(spec, 5);
        var seen = new HashSet<String>();
        int count = 0;
        for (Family f : s.registry().families()) {
            for (Person p : f.members()) {
                assertThat(Nik.formatProblem(p.nik())).as(p.nik()).isEmpty();
                assertThat(Nik.agreesWith(p.nik(), p.birthDate(), p.sex())).as(p.nik()).isTrue();
                assertThat(seen.add(p.nik())).as("unique " + p.nik()).isTrue();
                count++;
            }
            assertThat(NoKk.wellFormed(f.kk())).isTrue();
        }
        assertThat(count).isGreaterThanOrEqualTo(100_000);
        assertThat(s.registry().families().stream().map(Family::kk).distinct().count())
                .isEqualTo(s.registry().families().size());
    }

    @Test
    void families_have_one_head_plausible_ages_and_mothers_aged_16_to_45_at_each_birth() {
        var spec = new ScenarioSpec("keluarga", "33.18.08", true, 3000, LocalDate.of(2026, 1, 1), Map.of(), null);
        Scenario s = TestContent.generate(spec, 11);
        for (Family f : s.registry().families()) {
            assertThat(f.members()).hasSizeBetween(1, 8);
            assertThat(f.members().stream().filter(p -> p.relationship() == Relationship.KEPALA)).hasSize(1);
            assertThat(f.head().relationship()).isEqualTo(Relationship.KEPALA);
            for (Person p : f.members()) {
                assertThat(p.ageOn(spec.asOf())).isBetween(0, 100);
                assertThat(p.kk()).isEqualTo(f.kk());
                if (p.relationship() == Relationship.KEPALA || p.relationship() == Relationship.ISTRI_SUAMI) {
                    assertThat(p.ageOn(spec.asOf())).isGreaterThanOrEqualTo(18);
                }
                if (p.relationship() == Relationship.ANAK) {
                    Person mother = f.members().stream().filter(m -> m.name().equals(p.motherName())
                            && m.sex() == Sex.PEREMPUAN).findFirst().orElseThrow();
                    assertThat(mother.ageOn(p.birthDate())).as(p + " of " + mother).isBetween(16, 45);
                }
            }
        }
    }

    @Test
    void clean_data_keeps_the_oddities_of_real_life() {
        var spec = new ScenarioSpec("aneh", "33.18.10", true, 2000, LocalDate.of(2026, 1, 1), Map.of(), null);
        Scenario s = TestContent.generate(spec, 3);
        List<Person> people = s.registry().families().stream().flatMap(f -> f.members().stream()).toList();

        assertThat(people).as("NIK first registered in another kabupaten")
                .anyMatch(p -> !p.nik().startsWith("3318"));
        assertThat(s.registry().families()).as("one-person households").anyMatch(f -> f.members().size() == 1);
        assertThat(s.registry().families()).as("spouses 15+ years apart").anyMatch(f -> f.members().stream()
                .anyMatch(p -> p.relationship() == Relationship.ISTRI_SUAMI
                        && p.ageOn(spec.asOf()) + 15 <= f.head().ageOn(spec.asOf())));
        Map<String, Long> byName = people.stream().collect(Collectors.groupingBy(Person::name, Collectors.counting()));
        assertThat(byName.values()).as("a name shared by different people").anyMatch(n -> n > 1);
    }

    @Test
    void the_pati_bst_list_at_a_tenth_of_its_size_keeps_its_valid_and_invalid_counts() {
        ScenarioSpec full = TestContent.get().scenario("pati-bst-2020").orElseThrow();
        assertThat(full.households()).isEqualTo(39_760);
        assertThat(full.faultyHouseholds()).isEqualTo(9_927);

        var tenth = new java.util.EnumMap<FaultType, Integer>(FaultType.class);
        full.faults().forEach((f, n) -> tenth.put(f, n / 10));
        int invalid = tenth.values().stream().mapToInt(Integer::intValue).sum();
        var spec = new ScenarioSpec("pati-kecil", full.regionCode(), true, 3_976, full.asOf(), tenth, full.seed());
        Scenario s = TestContent.generate(spec, full.seed());

        assertThat(s.households()).hasSize(3_976);
        assertThat(s.answerKey().faultyCount()).isEqualTo(invalid);
        assertThat(s.villages()).hasSize(406);
        var findings = new Pemeriksa(s.registry(), s.fieldNotes(), spec.asOf()).check(s.households());
        assertThat(findings.stream().map(Finding::householdId).distinct().count()).isEqualTo(invalid);
    }

    private static List<String> niks(Scenario s) {
        return s.households().stream().flatMap(h -> h.members().stream()).map(DtksMember::nik).toList();
    }

    private static List<Integer> faultyPositions(Scenario s) {
        var entries = s.answerKey().entries();
        return java.util.stream.IntStream.range(0, entries.size())
                .filter(i -> entries.get(i).fault() != FaultType.CLEAN).boxed().toList();
    }

    private static Map<FaultType, Long> mix(Scenario s) {
        return s.answerKey().entries().stream()
                .collect(Collectors.groupingBy(AnswerKey.Entry::fault, Collectors.counting()));
    }
}
