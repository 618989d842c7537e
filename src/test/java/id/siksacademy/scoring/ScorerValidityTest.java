package id.siksacademy.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.content.Exercise;
import id.siksacademy.region.Village;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxState;
import id.siksacademy.scenario.Scenario;
import id.siksacademy.scenario.TestContent;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Validity: simulated trainees acting through the sandbox get the scores their behaviour deserves, on every exercise. */
class ScorerValidityTest {

    static final Set<String> VILLAGES = TestContent.get().kabupaten().villages().map(Village::code)
            .collect(Collectors.toSet());

    static Stream<Exercise> exercises() {
        return TestContent.get().exercises().stream();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void a_perfect_agent_scores_100_and_passes(Exercise exercise) {
        for (long seed = 1; seed <= 3; seed++) {
            var result = play(exercise, seed, Agents::perfect);
            assertThat(result.score()).as("%s seed %d: %s", exercise.id(), seed, result.feedback()).isEqualTo(100.0);
            assertThat(result.passed()).isTrue();
            assertThat(result.feedback()).isEmpty();
            assertThat(result.falseFlagRate()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void an_agent_doing_nothing_recalls_nothing_and_touches_no_clean_record(Exercise exercise) {
        var result = play(exercise, 4, Agents::nothing);
        assertThat(result.competencies()).allSatisfy(c -> {
            if (c.recall() != null) {
                assertThat(c.recall()).isZero();
            }
        });
        assertThat(result.falseFlagRate()).isZero();
        assertThat(result.signalDetection().falseAlarms()).isZero();
        assertThat(result.feedback()).noneMatch(f -> f.kind() == Feedback.Kind.FALSE_FLAG
                || f.kind() == Feedback.Kind.NEEDLESS_EDIT);
        assertThat(result.passed()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void an_agent_flagging_everything_recalls_much_but_fails_on_precision_and_false_flags(Exercise exercise) {
        var result = play(exercise, 5, Agents::flagsEverything);
        double recall = result.competencies().stream().filter(c -> c.recall() != null)
                .mapToDouble(CompetencyResult::recall).average().orElse(0);
        assertThat(recall).isGreaterThan(0.9);
        assertThat(result.falseFlagRate()).isGreaterThan(0.5);
        assertThat(result.competencies().stream().filter(c -> c.precision() != null)
                .mapToDouble(CompetencyResult::precision).min().orElse(1)).isLessThan(0.5);
        assertThat(result.passed()).isFalse();
        assertThat(result.score()).isLessThan(50);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void an_agent_fixing_half_the_faults_scores_about_half(Exercise exercise) {
        var result = play(exercise, 6, Agents::half);
        assertThat(result.score()).as(exercise.id()).isBetween(30.0, 70.0);
        assertThat(result.passed()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void a_careless_agent_is_penalised_per_field(Exercise exercise) {
        var scenario = TestContent.generate(exercise.scenario(), 7);
        var actions = Agents.careless(scenario, 7);
        var result = Scorer.score(scenario, SandboxState.replay(scenario, VILLAGES, actions),
                ScoringRules.of(TestContent.get(), exercise.pass()));
        long edits = actions.stream().filter(a -> a instanceof SandboxAction.Edit).count();
        long fieldPenalties = result.feedback().stream().filter(f -> f.kind() == Feedback.Kind.WRONG_FIX
                || f.kind() == Feedback.Kind.NEEDLESS_EDIT).count();
        assertThat(fieldPenalties).isEqualTo(edits);
        var perfect = play(exercise, 7, Agents::perfect);
        assertThat(result.score()).isLessThan(perfect.score());
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
        var result = Scorer.score(scenario, SandboxState.replay(scenario, VILLAGES, actions),
                ScoringRules.of(TestContent.get(), exercise.pass()));
        assertThat(result.score()).isEqualTo(100.0);
    }

    @ParameterizedTest
    @MethodSource("exercises")
    void rescoring_reproduces_the_result_exactly(Exercise exercise) {
        var a = play(exercise, 8, Agents::half);
        var b = play(exercise, 8, Agents::half);
        assertThat(b).isEqualTo(a);
    }

    static AttemptResult play(Exercise exercise, long seed, Function<Scenario, List<SandboxAction>> agent) {
        Scenario scenario = TestContent.generate(exercise.scenario(), seed);
        var state = SandboxState.replay(scenario, VILLAGES, agent.apply(scenario));
        return Scorer.score(scenario, state, ScoringRules.of(TestContent.get(), exercise.pass()));
    }
}
