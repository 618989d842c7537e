package id.siksacademy.training;

import id.siksacademy.As;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.account.AccountService;
import id.siksacademy.account.NewUser;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.attempt.ExerciseLockedException;
import id.siksacademy.content.ExerciseCatalogue;
import id.siksacademy.content.ExerciseMode;
import id.siksacademy.scenario.FaultType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ExerciseBuilderTest {

    @Autowired ExerciseBuilderService builder;
    @Autowired ExerciseCatalogue catalogue;
    @Autowired CohortService cohorts;
    @Autowired AssignmentService assignments;
    @Autowired AccountService accounts;
    @Autowired AttemptService attempts;
    @Autowired SecurityContextHolderStrategy security;

    private static ExerciseBuilderService.Draft draft(int households, Map<FaultType, Integer> faults) {
        return new ExerciseBuilderService.Draft(ExerciseMode.PRACTICE, "Desa uji \"Makmur\": verval", "Test village",
                "Periksa semua rumah tangga.", "Check every household.", "33.18.02", households, 1, faults, 0, 80.0,
                60, 0.05);
    }

    @Test
    void a_clean_draft_previews_saves_versions_and_is_found_like_a_file_exercise() {
        var as = new As(security);
        as.run("dinsos", "DINSOS_ADMIN", () -> {
            accounts.create(new NewUser("builder.a", "Pembuat A", Role.TRAINER, "sawah hijau membentang", null));
            accounts.create(new NewUser("builder.b", "Pembuat B", Role.TRAINER, "sawah hijau membentang", null));
        });
        var faults = Map.of(FaultType.NIK_MALFORMED, 2, FaultType.DECEASED, 1, FaultType.WELL_OFF, 1);
        var saved = as.user("builder.a", "TRAINER", () -> {
            var preview = builder.preview(draft(30, faults));
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.savable()).isTrue();
            assertThat(preview.validity().perfectScore()).isEqualTo(100.0);
            assertThat(preview.validity().idleScore()).isEqualTo(0.0);
            assertThat(preview.planted()).isEqualTo(faults);
            assertThat(preview.households()).isEqualTo(30);
            assertThat(preview.villageCode()).startsWith("33.18.02.");
            assertThat(preview.yaml()).contains("title:\n  id: \"Desa uji \\\"Makmur\\\": verval\"", "nik_malformed: 2",
                    "per_competency: {");
            assertThat(preview.yaml()).as("the preview names no file it will not be saved as")
                    .doesNotContain("pratinjau").contains("# Preview. Save it first");
            return builder.save(draft(30, faults), null);
        });
        assertThat(saved.exerciseId()).matches("bangun-[a-z2-9]{6}-v1");
        as.run("builder.a", "TRAINER", () -> assertThat(builder.yaml(saved.exerciseId()))
                .contains("copy to content/exercises/" + saved.exerciseId() + ".yaml", "id: " + saved.exerciseId()));
        var exercise = catalogue.exercise(saved.exerciseId()).orElseThrow();
        assertThat(exercise.title().id()).isEqualTo("Desa uji \"Makmur\": verval");
        assertThat(exercise.scenario().households()).isEqualTo(30);

        var v2 = as.user("builder.a", "TRAINER", () -> {
            assertThat(builder.draft(saved.exerciseId())).isEqualTo(draft(30, faults));
            return builder.save(draft(40, faults), saved.family());
        });
        assertThat(v2.exerciseId()).isEqualTo(saved.family() + "-v2");
        assertThat(catalogue.exercise(saved.exerciseId()).orElseThrow().scenario().households())
                .as("version 1 stays as it was for its attempts").isEqualTo(30);
        assertThat(catalogue.exercise(v2.exerciseId()).orElseThrow().scenario().households()).isEqualTo(40);
        as.run("builder.a", "TRAINER", () -> assertThat(builder.exercises()).extracting(BuiltExerciseSummary::exerciseId)
                .contains(v2.exerciseId()).doesNotContain(saved.exerciseId()));

        as.run("builder.b", "TRAINER", () -> {
            assertThat(builder.exercises()).extracting(BuiltExerciseSummary::family).doesNotContain(saved.family());
            assertThatThrownBy(() -> builder.yaml(v2.exerciseId())).hasMessage("builder.error.not-found");
            assertThatThrownBy(() -> builder.save(draft(30, faults), saved.family())).hasMessage("builder.error.not-found");
            long cohort = cohorts.create(new NewCohort("B", "33.18.02", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
                    List.of())).id();
            assertThatThrownBy(() -> assignments.assign(cohort, v2.exerciseId(), null, Set.of()))
                    .hasMessage("assignment.error.exercise");
        });

        // an operator starts it only when it is assigned to them
        as.run("builder.a", "TRAINER", () -> {
            long cohort = cohorts.create(new NewCohort("A", "33.18.02", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
                    List.of())).id();
            cohorts.importRoster(cohort, "nama,username,kode desa\nOp Bangun,op.bangun,33.18.02.2001\nOp Luar,op.luar,33.18.02.2001\n"
                    .getBytes(StandardCharsets.UTF_8));
            assignments.assign(cohort, v2.exerciseId(), null, Set.of("op.bangun"));
        });
        as.run("op.luar", "OPERATOR", () -> assertThatThrownBy(() -> attempts.startOrResume(v2.exerciseId()))
                .isInstanceOf(ExerciseLockedException.class));
        as.run("op.bangun", "OPERATOR", () -> {
            var attempt = attempts.startOrResume(v2.exerciseId());
            assertThat(attempt.titleId()).isEqualTo("Desa uji \"Makmur\": verval");
            assertThat(attempts.scenario(attempt.id()).households()).hasSize(40);
        });
    }

    @Test
    void an_impossible_or_badly_ruled_draft_is_refused_with_its_reason() {
        var as = new As(security);
        as.run("pelatih", "TRAINER", () -> {
            var none = builder.preview(draft(30, Map.of()));
            assertThat(none.savable()).isFalse();
            assertThat(none.problems()).extracting(BuilderPreview.Problem::messageKey).containsExactly("builder.error.no-faults");
            var tooMany = builder.preview(draft(10, Map.of(FaultType.NIK_MALFORMED, 6)));
            assertThat(tooMany.problems()).extracting(BuilderPreview.Problem::messageKey)
                    .containsExactly("builder.error.too-many-faults");
            var badRules = builder.preview(new ExerciseBuilderService.Draft(ExerciseMode.EXAM, "", "x", "y", "z", "33.18",
                    5, 4, Map.of(FaultType.DECEASED, 1), 0, 120, 101, 0.9));
            assertThat(badRules.problems()).extracting(BuilderPreview.Problem::field).containsExactlyInAnyOrder("title",
                    "region", "households", "proposals", "timeLimit", "passOverall", "competencyGate", "maxFalseFlagRate");
            var infeasible = builder.preview(draft(10, Map.of(FaultType.PECAH_KK, 5)));
            assertThat(infeasible.savable()).isFalse();
            assertThat(infeasible.problems()).extracting(BuilderPreview.Problem::messageKey)
                    .containsExactly("builder.error.fits");
            assertThat(infeasible.problems().getFirst().args()).containsExactly("1", "5", "pecah_kk", "10");
            assertThatThrownBy(() -> builder.save(draft(30, Map.of()), null)).hasMessage("builder.error.not-savable");
        });
    }
}
