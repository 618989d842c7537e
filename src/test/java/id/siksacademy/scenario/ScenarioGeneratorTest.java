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
    static final String PINNED_SHA256 = "1b959a77dee1065d308c9bd04aa18c2ee518ed776a9ee5f69a600f4989b71f03";

    @Test
    void the_same_spec_and_seed_give_byte_identical_scenarios() {
        String first = ScenarioFingerprint.sha256(TestContent.generate(TestContent.village(), 42));
        String second = ScenarioFingerprint.sha256(TestContent.generate(TestContent.village(), 42));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void the_village_scenario_with_seed_42_has_the_pinned_fingerprint() {
        assertThat(ScenarioGenerator.VERSION).isEqualTo(2);
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
        int oddities = 0;
        for (Family f : s.registry().families()) {
            for (Person p : f.members()) {
                assertThat(Nik.formatProblem(p.nik())).as(p.nik()).isEmpty();
                assertThat(Nik.placeholder(p.nik())).as(p.nik()).isFalse();
                if (!Nik.agreesWith(p.nik(), p.birthDate(), p.sex())) { // registered with a default date: legal
                    assertThat(p.birthDate().getYear()).as(p.nik()).isLessThan(1980);
                    oddities++;
                }
                assertThat(seen.add(p.nik())).as("unique " + p.nik()).isTrue();
                count++;
            }
            assertThat(NoKk.wellFormed(f.kk())).isTrue();
        }
        assertThat(count).isGreaterThanOrEqualTo(100_000);
        assertThat(oddities).as("NIKs whose date part is not the birth date").isBetween(50, count / 100);
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
                    var mother = f.members().stream().filter(m -> m.name().equals(p.motherName())
                            && m.sex() == Sex.PEREMPUAN).findFirst();
                    if (mother.isPresent()) {
                        assertThat(mother.get().ageOn(p.birthDate())).as(p + " of " + mother).isBetween(16, 45);
                    } else { // the mother has died: a widower heads the family
                        assertThat(f.head().sex()).as(p.toString()).isEqualTo(Sex.LAKI_LAKI);
                        assertThat(f.head().maritalStatus()).isEqualTo(MaritalStatus.CERAI_MATI);
                    }
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
    void households_look_like_a_pati_village_of_today() {
        var spec = new ScenarioSpec("desa", "33.18.10", true, 3000, LocalDate.of(2026, 10, 8), Map.of(), null);
        Scenario s = TestContent.generate(spec, 21);
        var households = s.households();
        var people = households.stream().flatMap(h -> h.members().stream()).toList();
        long threeGenerations = households.stream().filter(h -> h.members().stream()
                .anyMatch(m -> m.relationship() == Relationship.CUCU)).count();
        long twoKk = households.stream().filter(h -> h.kks().size() == 2).count();
        assertThat(threeGenerations).as("three generations").isBetween(100L, 600L);
        assertThat(twoKk).as("a married child's own KK02 in the household").isBetween(30L, threeGenerations);
        assertThat(households).as("menantu").anyMatch(h -> h.members().stream()
                .anyMatch(m -> m.relationship() == Relationship.MENANTU));
        assertThat(households).as("widowed male heads").anyMatch(h -> h.members().getFirst().sex() == Sex.LAKI_LAKI
                && h.members().getFirst().maritalStatus() == MaritalStatus.CERAI_MATI && h.members().size() > 1);
        var religions = s.registry().families().stream().flatMap(f -> f.members().stream())
                .collect(Collectors.groupingBy(Person::religion, Collectors.counting()));
        assertThat(religions.keySet()).contains(Religion.ISLAM, Religion.KRISTEN, Religion.KATOLIK, Religion.BUDDHA);
        assertThat(religions.get(Religion.ISLAM)).isGreaterThan(people.size() * 9L / 10);
        assertThat(people).as("school children have not finished school").allMatch(m -> m.ageOn(spec.asOf()) < 7
                || m.ageOn(spec.asOf()) > 12 || m.education() == Education.BELUM_TAMAT_SD);
        assertThat(people).as("civil servants come from the central lists, not the occupation field")
                .noneMatch(m -> m.occupation() == Occupation.PNS || m.occupation() == Occupation.TNI
                        || m.occupation() == Occupation.POLRI);
        var pools = TestContent.get().names();
        long oldNamesOfOld = people.stream().filter(m -> m.birthDate().getYear() < 1960)
                .filter(m -> inPool(m, m.sex() == Sex.LAKI_LAKI ? pools.maleOld() : pools.femaleOld())).count();
        long oldNamesOfYoung = people.stream().filter(m -> m.birthDate().getYear() >= 2000)
                .filter(m -> inPool(m, m.sex() == Sex.LAKI_LAKI ? pools.maleOld() : pools.femaleOld())).count();
        assertThat(oldNamesOfOld).as("grandparents have older names").isGreaterThan(100);
        assertThat(oldNamesOfYoung).as("children rarely do").isLessThan(oldNamesOfOld / 10);
    }

    @Test
    void the_desil_follows_welfare_and_aid_follows_the_desil() {
        Scenario s = TestContent.generate(TestContent.village(), 4);
        for (DtksHousehold h : s.households()) {
            var fault = s.answerKey().byHousehold().get(h.id()).fault();
            assertThat(h.desil()).isBetween(1, 10);
            if (fault == FaultType.WELL_OFF) {
                assertThat(h.desil()).as("a planted well-off household ranks high").isGreaterThanOrEqualTo(Desil.WELL_OFF);
                assertThat(h.programs().activeAid()).isTrue();
            } else if (h.desil() > Desil.SEMBAKO_PBI_UP_TO) {
                assertThat(h.programs().any()).as("no aid above desil 5: " + h).isFalse();
            } else if (h.desil() == Desil.SEMBAKO_PBI_UP_TO) {
                assertThat(h.programs().pkh() || h.programs().blt()).as("desil 5: Sembako and PBI-JK only").isFalse();
            }
            if (h.programs().pkh()) {
                assertThat(h.members()).as("PKH needs a child, an elderly or a disabled member").anyMatch(m ->
                        m.ageOn(s.spec().asOf()) < 18 || m.ageOn(s.spec().asOf()) >= 70 || m.disability());
            }
            assertThat(h.programs().bst()).as("no BST in 2026").isFalse();
        }
        var dtks2020 = TestContent.get().scenario("pati-bst-2020").orElseThrow();
        assertThat(dtks2020.regime()).isEqualTo(Regime.DTKS_2020);
        assertThat(TestContent.village().regime()).isEqualTo(Regime.DTSEN_2025);
    }

    @Test
    void every_new_fault_is_planted_as_the_catalogue_says() {
        Scenario s = TestContent.generate(TestContent.village(), 8);
        var key = s.answerKey().byHousehold();
        for (var e : s.answerKey().entries()) {
            var h = s.households().stream().filter(x -> x.id().equals(e.householdId())).findFirst().orElseThrow();
            switch (e.fault()) {
                case HOUSEHOLD_DUPLICATE -> {
                    var link = ((ExpectedAction.SetHouseholdStatus) e.action()).linkedHouseholdId();
                    var original = s.households().stream().filter(x -> x.id().equals(link)).findFirst().orElseThrow();
                    assertThat(original.kk()).isEqualTo(h.kk());
                    assertThat(original.programs().activeAid()).isTrue();
                    assertThat(h.programs().activeAid()).isFalse();
                    assertThat(key.get(link).fault()).isEqualTo(FaultType.CLEAN);
                }
                case PECAH_KK -> {
                    var move = (ExpectedAction.SetMemberStatus) e.action();
                    var person = s.registry().person(move.memberNik()).orElseThrow();
                    var target = s.households().stream().filter(x -> x.id().equals(move.linkedHouseholdId()))
                            .findFirst().orElseThrow();
                    assertThat(target.kks()).contains(person.kk());
                    assertThat(person.maritalStatus()).isEqualTo(MaritalStatus.KAWIN);
                }
                case HEAD_DECEASED -> {
                    var replace = (ExpectedAction.ReplaceHead) e.action();
                    assertThat(s.registry().event(replace.deceasedNik(), LifeEvent.Type.DEATH, s.spec().asOf())).isPresent();
                    assertThat(h.members().stream().filter(m -> m.nik().equals(replace.newHeadNik())).findFirst()
                            .orElseThrow().relationship()).isEqualTo(Relationship.ISTRI_SUAMI);
                }
                case MEMBER_MISSING -> {
                    var add = (ExpectedAction.AddMember) e.action();
                    assertThat(h.members()).noneMatch(m -> m.nik().equals(add.person().nik()));
                    assertThat(s.registry().family(h.kk()).orElseThrow().members()).contains(add.person());
                }
                case ANOMALY_CONFIRMED, ANOMALY_REFUTED -> {
                    var answer = (ExpectedAction.AnswerAnomaly) e.action();
                    var anomaly = s.anomalies().stream().filter(a -> a.id().equals(answer.anomalyId())).findFirst()
                            .orElseThrow();
                    assertThat(anomaly.householdId()).isEqualTo(h.id());
                    assertThat(h.programs().activeAid()).isTrue();
                    assertThat(s.fieldNotes()).anyMatch(n -> n.householdId().equals(h.id()) && n.reason() != null
                            && n.reason().startsWith(anomaly.source().name() + "." + answer.verdict().name()));
                }
                case NIK_PLACEHOLDER -> assertThat(Nik.placeholder(e.memberNik())).isTrue();
                case NAME_PLACEHOLDER -> assertThat(h.members()).anyMatch(m -> Names.placeholder(m.name()));
                case ASSET_CODE_SLIP -> {
                    var fix = (ExpectedAction.CorrectField) e.action();
                    assertThat(fix.field().codedThreeFour()).as("the 3/4 questions are the trap").isTrue();
                }
                default -> { }
            }
        }
    }

    @Test
    void the_nik_format_knows_the_38_provinces_and_leap_years_in_both_centuries() {
        assertThat(Nik.PROVINCES).hasSize(38);
        assertThat(Nik.formatProblem("3318012902010001")).contains(Nik.Problem.IMPOSSIBLE_DATE); // 2001, 1901
        assertThat(Nik.formatProblem("3318012902000001")).isEmpty();  // 2000 was a leap year
        assertThat(Nik.formatProblem("3318016902960001")).isEmpty();  // a woman born 29-02-1996
        assertThat(Nik.formatProblem("3318016902970001")).contains(Nik.Problem.IMPOSSIBLE_DATE);
        assertThat(Nik.formatProblem("2018011203960001")).contains(Nik.Problem.UNKNOWN_PROVINCE);
        assertThat(Nik.formatProblem("9618011203960001")).isEmpty();  // Papua Barat Daya
        assertThat(Nik.placeholder("9999999999999999")).isTrue();
        assertThat(Nik.placeholder("0000000000000000")).isTrue();
        assertThat(Nik.placeholder("3318011203960001")).isFalse();
    }

    private static boolean inPool(DtksMember m, List<String> pool) {
        String first = m.name().split(" ")[0];
        return pool.stream().anyMatch(n -> n.toUpperCase(java.util.Locale.ROOT).equals(first));
    }

    @Test
    void the_pati_bst_list_at_a_tenth_of_its_size_keeps_its_valid_and_invalid_counts() {
        ScenarioSpec full = TestContent.get().scenario("pati-bst-2020").orElseThrow();
        assertThat(full.households()).isEqualTo(39_760);
        assertThat(full.faultyHouseholds()).isEqualTo(9_927);

        var tenth = new java.util.EnumMap<FaultType, Integer>(FaultType.class);
        full.faults().forEach((f, n) -> tenth.put(f, n / 10));
        int invalid = tenth.values().stream().mapToInt(Integer::intValue).sum();
        var spec = new ScenarioSpec("pati-kecil", full.regionCode(), true, 3_976, full.asOf(), tenth, 0, full.seed(),
                full.regime());
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
