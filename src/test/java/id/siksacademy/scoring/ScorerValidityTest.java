package id.siksacademy.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.content.Exercise;
import id.siksacademy.content.ExerciseMode;
import id.siksacademy.content.Fault;
import id.siksacademy.region.Village;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxState;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Eligibility;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;
import id.siksacademy.scenario.Scenario;
import id.siksacademy.scenario.TestContent;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Validity: simulated trainees acting through the sandbox get the verdicts their behaviour deserves,
 * on every exercise of content/ and 24 seeds each, the adversarial ones included.
 */
class ScorerValidityTest {

    static final Set<String> VILLAGES = TestContent.get().kabupaten().villages().map(Village::code)
            .collect(Collectors.toSet());
    static final long[] SEEDS = LongStream.rangeClosed(1, 24).toArray();

    static Stream<Exercise> exercises() {
        return TestContent.get().exercises().stream();
    }

    static Stream<Exercise> guided() {
        return exercises().filter(e -> e.mode() == ExerciseMode.GUIDED);
    }

    // ---- the honest agents ----------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("exercises")
    void a_perfect_agent_scores_100_and_passes_on_its_own(Exercise exercise) {
        for (long seed : SEEDS) {
            var result = play(exercise, seed, Agents::perfect);
            assertThat(result.score()).as("%s seed %d: %s", exercise.id(), seed, result.feedback()).isEqualTo(100.0);
            assertThat(result.verdict()).isEqualTo(AttemptResult.Verdict.PASSED);
            assertThat(result.feedback()).isEmpty();
            assertThat(result.criticalErrors()).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void an_agent_doing_nothing_scores_0_and_touches_no_clean_record(Exercise exercise) {
        for (long seed : SEEDS) {
            var result = play(exercise, seed, Agents::nothing);
            assertThat(result.score()).as("%s seed %d", exercise.id(), seed).isZero();
            assertThat(result.falseFlagRate()).isZero();
            assertThat(result.feedback()).noneMatch(f -> f.kind() == Feedback.Kind.FALSE_FLAG
                    || f.kind() == Feedback.Kind.NEEDLESS_EDIT);
            assertThat(result.passed()).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void an_agent_fixing_half_the_faults_scores_about_half(Exercise exercise) {
        var result = play(exercise, 6, Agents::half);
        assertThat(result.score()).as(exercise.id()).isBetween(25.0, 75.0); // "half" of 3 faults is 1 or 2
        assertThat(result.passed()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void a_careless_agent_is_penalised_per_field(Exercise exercise) {
        var scenario = TestContent.generate(exercise.scenario(), 7);
        var actions = Agents.careless(scenario, 7);
        var result = score(exercise, scenario, actions);
        long edits = actions.stream().filter(a -> a instanceof SandboxAction.Edit).count();
        long fieldPenalties = result.feedback().stream().filter(f -> f.kind() == Feedback.Kind.WRONG_FIX
                || f.kind() == Feedback.Kind.NEEDLESS_EDIT).count();
        assertThat(fieldPenalties).isEqualTo(edits);
        assertThat(result.score()).isLessThan(100);
    }

    @ParameterizedTest
    @MethodSource("guided")
    void an_honest_learner_taking_every_hint_passes_with_help_and_gains_no_mastery_from_it(Exercise exercise) {
        for (long seed : SEEDS) {
            var scenario = TestContent.generate(exercise.scenario(), seed);
            var result = score(exercise, scenario, Agents.takesEveryHint(scenario, exercise));
            assertThat(result.verdict()).as("%s seed %d", exercise.id(), seed)
                    .isEqualTo(AttemptResult.Verdict.PASSED_WITH_HELP);
            assertThat(result.unaidedScore()).isEqualTo(100.0);
            assertThat(result.score()).isEqualTo(Math.max(0, 100 - result.help().cost()));
            var curriculum = TestContent.get().curriculum();
            for (var c : result.competencies()) {
                var trainedBy = exercise.steps().stream().filter(st -> st.faults().stream()
                        .anyMatch(f -> curriculum.competencyOf(f).equals(c.competency())) || st.tasks().stream()
                        .anyMatch(t -> curriculum.competencyOf(t).equals(c.competency()))).toList();
                if (!trainedBy.isEmpty() && trainedBy.stream().allMatch(st -> !st.hints().isEmpty())) {
                    assertThat(c.observationsRight()).as("%s: helped answers are no evidence of mastery",
                            c.competency()).isZero();
                }
            }
        }
    }

    // ---- the adversarial agents -------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("exercises")
    void every_critical_error_fails_an_otherwise_perfect_attempt(Exercise exercise) {
        for (long seed : SEEDS) {
            var scenario = TestContent.generate(exercise.scenario(), seed);
            var clean = Agents.cleanHousehold(scenario);
            var other = Agents.cleanHousehold(scenario, clean);
            var falseFlags = new java.util.ArrayList<>(List.<SandboxAction>of(
                    new SandboxAction.SetMemberStatus(clean.id(), 1, MemberStatus.MENINGGAL, "keliru", null),
                    new SandboxAction.ReplaceHead(clean.id(), 0, 1, "keliru"),
                    new SandboxAction.SetEligibility(clean.id(), Eligibility.TIDAK_LAYAK, "keliru"),
                    new SandboxAction.SetEligibility(clean.id(), Eligibility.SUDAH_MAMPU, "keliru"),
                    new SandboxAction.SetHouseholdStatus(clean.id(), HouseholdStatus.TIDAK_DITEMUKAN, "keliru"),
                    new SandboxAction.SetHouseholdStatus(clean.id(), HouseholdStatus.PINDAH, "keliru"),
                    new SandboxAction.SetHouseholdStatus(clean.id(), HouseholdStatus.GANDA, "keliru", other.id()),
                    new SandboxAction.SetHouseholdStatus(clean.id(), HouseholdStatus.BAGIAN_RUMAH_TANGGA_LAIN, "keliru",
                            other.id())));
            for (SandboxAction falseFlag : falseFlags) {
                var result = score(exercise, scenario, Agents.perfectPlus(scenario, falseFlag));
                assertThat(result.verdict()).as("%s seed %d, %s", exercise.id(), seed, falseFlag)
                        .isEqualTo(AttemptResult.Verdict.NOT_PASSED);
                assertThat(result.criticalErrors()).hasSize(1);
                assertThat(result.criticalErrors().getFirst().householdId()).isEqualTo(clean.id());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void confirming_an_anomaly_the_field_check_refuted_is_critical(Exercise exercise) {
        for (long seed : SEEDS) {
            var scenario = TestContent.generate(exercise.scenario(), seed);
            var refuted = scenario.answerKey().entries().stream().filter(e -> e.fault() == FaultType.ANOMALY_REFUTED)
                    .findFirst();
            if (refuted.isEmpty()) {
                continue;
            }
            var anomaly = ((id.siksacademy.scenario.ExpectedAction.AnswerAnomaly) refuted.get().action()).anomalyId();
            var actions = new java.util.ArrayList<SandboxAction>();
            for (var a : Agents.perfect(scenario)) {
                actions.add(a instanceof SandboxAction.AnswerAnomaly x && x.anomalyId().equals(anomaly)
                        ? new SandboxAction.AnswerAnomaly(anomaly, id.siksacademy.scenario.Anomaly.Verdict.TERBUKTI, "daftar")
                        : a);
            }
            var result = score(exercise, scenario, actions);
            assertThat(result.verdict()).as("%s seed %d", exercise.id(), seed).isEqualTo(AttemptResult.Verdict.NOT_PASSED);
            assertThat(result.criticalErrors()).extracting(AttemptResult.CriticalHit::rule).containsExactly("false_ineligible");
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void fixing_a_nik_whose_date_part_differs_from_the_birth_date_is_a_false_flag(Exercise exercise) {
        for (long seed : SEEDS) {
            var scenario = TestContent.generate(exercise.scenario(), seed);
            var clean = Agents.cleanHousehold(scenario);
            var member = clean.members().get(1);
            var other = member.birthDate().plusDays(3);
            var result = score(exercise, scenario, Agents.perfectPlus(scenario,
                    new SandboxAction.Edit(clean.id(), 1, id.siksacademy.scenario.Field.BIRTH_DATE, other.toString())));
            assertThat(result.feedback()).as("%s seed %d", exercise.id(), seed)
                    .anySatisfy(f -> {
                        assertThat(f.kind()).isEqualTo(Feedback.Kind.FALSE_FLAG);
                        assertThat(f.fault()).isEqualTo(FaultType.DATA_DIFFERS);
                    });
            assertThat(result.falseFlagRate()).isPositive();
            assertThat(result.unaidedScore()).isLessThan(100);
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void a_miss_and_a_false_flag_of_the_same_severity_cost_exactly_the_same(Exercise exercise) {
        for (long seed : SEEDS) {
            var scenario = TestContent.generate(exercise.scenario(), seed);
            var severe = scenario.answerKey().entries().stream()
                    .filter(e -> e.fault() != FaultType.CLEAN && severity(e.fault()) == 3).findFirst();
            if (severe.isEmpty()) {
                continue;
            }
            var clean = Agents.cleanHousehold(scenario);
            var missed = score(exercise, scenario, Agents.perfectMissing(scenario, severe.get()));
            var flagged = score(exercise, scenario, Agents.perfectPlus(scenario, new SandboxAction.SetMemberStatus(
                    clean.id(), 1, MemberStatus.TIDAK_TERKONFIRMASI, "keliru", null)));
            assertThat(flagged.criticalErrors()).isEmpty();
            assertThat(flagged.unaidedScore()).as("%s seed %d", exercise.id(), seed).isEqualTo(missed.unaidedScore());
            assertThat(missed.unaidedScore()).isLessThan(100);
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void missing_one_severe_fault_takes_its_severity_off_the_basis_and_fails_every_guided_exercise(Exercise exercise) {
        for (long seed : SEEDS) {
            var scenario = TestContent.generate(exercise.scenario(), seed);
            var severe = scenario.answerKey().entries().stream()
                    .filter(e -> e.fault() != FaultType.CLEAN && severity(e.fault()) == 3).findFirst();
            if (severe.isEmpty()) {
                continue;
            }
            var result = score(exercise, scenario, Agents.perfectMissing(scenario, severe.get()));
            double basis = scenario.answerKey().entries().stream().filter(e -> e.fault() != FaultType.CLEAN)
                    .mapToDouble(e -> severity(e.fault())).sum() + Scorer.PROPOSAL_WEIGHT * scenario.proposals().size();
            assertThat(result.unaidedScore()).isEqualTo(Scorer.round(100 * (1 - 3 / basis)));
            if (exercise.mode() == ExerciseMode.GUIDED) {
                assertThat(result.passed()).as("%s seed %d", exercise.id(), seed).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void the_look_up_machine_passes_only_what_look_ups_alone_can_do(Exercise exercise) {
        boolean beyondLookUps = exercise.mode() != ExerciseMode.GUIDED || plants(exercise, Fault.Detection.FIELD_NOTE,
                Fault.Detection.JUDGMENT) || exercise.scenario().faults().containsKey(FaultType.ASSET_CODE_SLIP);
        int passes = 0;
        for (long seed : SEEDS) {
            var scenario = TestContent.generate(exercise.scenario(), seed);
            var result = score(exercise, scenario, Agents.padanOnly(scenario, VILLAGES));
            assertThat(result.criticalErrors()).as("%s seed %d", exercise.id(), seed).isEmpty();
            passes += result.passed() ? 1 : 0;
        }
        if (beyondLookUps) {
            assertThat(passes).as(exercise.id() + " passed by Padan look-ups alone").isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void the_format_checker_passes_nothing_that_needs_more_than_format_checks(Exercise exercise) {
        boolean beyondFormat = exercise.mode() != ExerciseMode.GUIDED || plants(exercise, Fault.Detection.REGISTRY,
                Fault.Detection.FIELD_NOTE, Fault.Detection.JUDGMENT);
        for (long seed : SEEDS) {
            var scenario = TestContent.generate(exercise.scenario(), seed);
            var result = score(exercise, scenario, Agents.formatOnly(scenario, VILLAGES));
            if (beyondFormat) {
                assertThat(result.passed()).as("%s seed %d", exercise.id(), seed).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void blanket_answers_fail_and_the_ones_that_cut_families_off_are_critical(Exercise exercise) {
        for (long seed : SEEDS) {
            var scenario = TestContent.generate(exercise.scenario(), seed);
            assertThat(score(exercise, scenario, Agents.everyHousehold(scenario, HouseholdStatus.DITEMUKAN)).passed())
                    .as("%s seed %d: all found", exercise.id(), seed).isFalse();
            for (var cutsOff : List.of(HouseholdStatus.PINDAH, HouseholdStatus.TIDAK_DITEMUKAN)) {
                var result = score(exercise, scenario, Agents.everyHousehold(scenario, cutsOff));
                assertThat(result.passed()).isFalse();
                assertThat(result.criticalErrors()).isNotEmpty();
            }
            for (var cutsOff : List.of(Eligibility.TIDAK_LAYAK, Eligibility.SUDAH_MAMPU)) {
                var result = score(exercise, scenario, Agents.everyEligibility(scenario, cutsOff));
                assertThat(result.passed()).isFalse();
                assertThat(result.criticalErrors()).isNotEmpty();
            }
            var dead = score(exercise, scenario, Agents.everyHeadDeceased(scenario));
            assertThat(dead.passed()).isFalse();
            assertThat(dead.criticalErrors()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void answers_copied_from_another_attempt_fail_by_household_id_and_by_row(Exercise exercise) {
        for (long seed : SEEDS) {
            var source = TestContent.generate(exercise.scenario(), seed + 1000);
            var scenario = TestContent.generate(exercise.scenario(), seed);
            assertThat(score(exercise, scenario, Agents.copiedById(source, scenario, VILLAGES)).passed())
                    .as("%s seed %d by id", exercise.id(), seed).isFalse();
            assertThat(score(exercise, scenario, Agents.copiedByRow(source, scenario, VILLAGES)).passed())
                    .as("%s seed %d by row", exercise.id(), seed).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("guided")
    void farming_step_checks_never_passes_on_its_own_and_pays_for_every_household_shown(Exercise exercise) {
        for (long seed : SEEDS) {
            var scenario = TestContent.generate(exercise.scenario(), seed);
            var rules = ScoringRules.of(TestContent.get(), exercise);
            var actions = Agents.checkFarmer(scenario, exercise, rules, VILLAGES);
            var result = score(exercise, scenario, actions);
            long shown = actions.stream().filter(a -> a instanceof SandboxAction.ShowHousehold).count();
            assertThat(result.verdict()).as("%s seed %d", exercise.id(), seed).isNotEqualTo(AttemptResult.Verdict.PASSED);
            assertThat(result.help().reveals()).isEqualTo((int) shown);
            assertThat(result.help().cost()).isEqualTo((double) shown * exercise.revealCost());
            assertThat(result.help().checks()).isPositive();
            if (shown > 0) {
                assertThat(result.score()).isLessThan(100);
            }
        }
    }

    // ---- the rest -----------------------------------------------------------------------------------

    @ParameterizedTest
    @MethodSource("exercises")
    void an_agent_flagging_everything_recalls_much_but_fails_on_precision_and_false_flags(Exercise exercise) {
        var result = play(exercise, 5, Agents::flagsEverything);
        double recall = result.competencies().stream().filter(c -> c.recall() != null)
                .mapToDouble(CompetencyResult::recall).average().orElse(0);
        assertThat(recall).isGreaterThan(0.9);
        assertThat(result.falseFlagRate()).isGreaterThan(0.5);
        assertThat(result.passed()).isFalse();
        assertThat(result.score()).isLessThan(50);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void rescoring_reproduces_the_result_exactly(Exercise exercise) {
        var a = play(exercise, 8, Agents::half);
        var b = play(exercise, 8, Agents::half);
        assertThat(b).isEqualTo(a);
    }

    /**
     * A real NIK whose date part is not the birth date (registered with a default date): Dukcapil keeps
     * it, so "correcting" the date of birth to the NIK, or the NIK to the date of birth, is a false flag.
     */
    @org.junit.jupiter.api.Test
    void correcting_a_legal_nik_date_oddity_either_way_is_a_false_flag() {
        var exercise = TestContent.get().exercise("verval-desa-1").orElseThrow();
        var spec = TestContent.get().scenario("desa-latihan-120").orElseThrow();
        Scenario scenario = null;
        id.siksacademy.scenario.DtksHousehold household = null;
        int member = -1;
        for (long seed = 1; seed < 200 && household == null; seed++) {
            scenario = TestContent.generate(spec, seed);
            var key = scenario.answerKey().byHousehold();
            for (var h : scenario.households()) {
                if (key.get(h.id()).fault() != FaultType.CLEAN) {
                    continue;
                }
                for (int i = 0; i < h.members().size(); i++) {
                    var m = h.members().get(i);
                    if (!id.siksacademy.scenario.Nik.agreesWith(m.nik(), m.birthDate(), m.sex())) {
                        household = h;
                        member = i;
                    }
                }
            }
        }
        assertThat(household).as("an oddity in 200 villages of 120").isNotNull();
        var odd = household.members().get(member);
        String oddHousehold = household.id();
        var findings = new id.siksacademy.scenario.Pemeriksa(scenario.registry(), scenario.fieldNotes(),
                scenario.spec().asOf()).check(List.of(household));
        assertThat(findings).as("the rule engine leaves it alone").isEmpty();
        String nikDate = "19" + odd.nik().substring(10, 12) + "-" + odd.nik().substring(8, 10) + "-"
                + String.format("%02d", Integer.parseInt(odd.nik().substring(6, 8)) % 40);
        String nikFromBirth = odd.nik().substring(0, 6) + id.siksacademy.scenario.Nik.datePart(odd.birthDate(), odd.sex())
                + odd.nik().substring(12);
        for (var fix : List.of(
                new SandboxAction.Edit(household.id(), member, id.siksacademy.scenario.Field.BIRTH_DATE, nikDate),
                new SandboxAction.Edit(household.id(), member, id.siksacademy.scenario.Field.NIK, nikFromBirth))) {
            var actions = new java.util.ArrayList<>(Agents.perfect(scenario));
            actions.add(actions.size() - 2, fix);
            var result = score(exercise, scenario, actions);
            assertThat(result.feedback()).as(fix.toString()).singleElement().satisfies(f -> {
                assertThat(f.kind()).isEqualTo(Feedback.Kind.FALSE_FLAG);
                assertThat(f.householdId()).isEqualTo(oddHousehold);
            });
            assertThat(result.falseFlagRate()).isPositive();
        }
    }

    @org.junit.jupiter.api.Test
    void keyed_text_is_compared_without_regard_to_case_spacing_or_the_word_dukuh() {
        var exercise = TestContent.get().exercise("terpandu-k7-usulan").orElseThrow();
        Scenario scenario = TestContent.generate(exercise.scenario(), 9);
        var actions = new java.util.ArrayList<SandboxAction>();
        for (var a : Agents.perfect(scenario)) {
            if (a instanceof SandboxAction.AddHousehold h) {
                var members = h.members().stream().map(m -> new SandboxAction.NewMember(m.nik(),
                        "  " + m.name().toLowerCase() + " ", m.sex(), m.birthPlace().toLowerCase(), m.birthDate(),
                        m.relationship(), m.maritalStatus(), m.motherName().toLowerCase(), m.education(), m.occupation()))
                        .toList();
                actions.add(new SandboxAction.AddHousehold(h.proposal(), h.kk(), "Dukuh  " + h.dukuh().toLowerCase(),
                        h.rt(), h.rw(), members));
            } else {
                actions.add(a);
            }
        }
        assertThat(score(exercise, scenario, actions).score()).isEqualTo(100.0);
    }

    @org.junit.jupiter.api.Test
    void re_typing_a_clean_household_s_dukuh_in_another_case_is_no_change_at_all() {
        var exercise = TestContent.get().exercise("verval-desa-1").orElseThrow();
        Scenario scenario = TestContent.generate(exercise.scenario(), 3);
        var clean = Agents.cleanHousehold(scenario);
        var state = SandboxState.of(scenario, VILLAGES);
        var retyped = new SandboxAction.Edit(clean.id(), null, id.siksacademy.scenario.Field.DUKUH,
                "dukuh " + clean.dukuh().toLowerCase());
        assertThat(state.check(retyped)).get().extracting(p -> p.key()).isEqualTo("check.unchanged");
    }

    // ---- helpers ------------------------------------------------------------------------------------

    static AttemptResult play(Exercise exercise, long seed, Function<Scenario, List<SandboxAction>> agent) {
        Scenario scenario = TestContent.generate(exercise.scenario(), seed);
        return score(exercise, scenario, agent.apply(scenario));
    }

    static AttemptResult score(Exercise exercise, Scenario scenario, List<SandboxAction> actions) {
        var state = SandboxState.replay(scenario, VILLAGES, actions);
        return Scorer.score(scenario, state, ScoringRules.of(TestContent.get(), exercise));
    }

    static int severity(FaultType fault) {
        return TestContent.get().fault(fault).severity();
    }

    static boolean plants(Exercise exercise, Fault.Detection... detections) {
        var wanted = Set.of(detections);
        return exercise.scenario().faults().keySet().stream()
                .anyMatch(f -> wanted.contains(TestContent.get().fault(f).detectableBy()));
    }
}
