package id.siksacademy.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.As;
import id.siksacademy.PerfectWork;
import id.siksacademy.account.AuditAction;
import id.siksacademy.account.AuditLog;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.content.ExerciseMode;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scoring.ScoringService;
import id.siksacademy.training.ProgressMatrix;
import id.siksacademy.training.AssignmentService;
import id.siksacademy.training.CohortService;
import id.siksacademy.training.ExerciseBuilderService;
import id.siksacademy.training.NewCohort;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Dinsos of another kabupaten sets it up from its official list, all or nothing, audited, and makes
 * it the working region: a trainer builds a village there, an operator does it perfectly.
 */
@SpringBootTest
@ActiveProfiles("test")
class RegionImportTest {

    @Autowired RegionService service;
    @Autowired Regions regions;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired ExerciseBuilderService builder;
    @Autowired CohortService cohorts;
    @Autowired AssignmentService assignments;
    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired ScoringService scoring;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired id.siksacademy.training.ProgressService progress;

    @AfterEach
    void backToPati() {
        new As(security).run("dinsos", "DINSOS_ADMIN", () -> service.makeHome("33.18"));
    }

    @Test
    void jepara_is_imported_all_or_nothing_made_home_and_a_built_village_there_works() {
        var as = new As(security);
        byte[] jepara = RegionListReaderTest.jepara();
        String broken = new String(jepara, StandardCharsets.UTF_8) + "33.20.17.2001,Desa Tanpa Kecamatan\n";
        as.run("dinsos", "DINSOS_ADMIN", () -> {
            assertThat(service.check(jepara).clean()).isTrue();
            assertThatThrownBy(() -> service.importList(broken.getBytes(StandardCharsets.UTF_8), "rusak.csv"))
                    .isInstanceOf(RegionListRejectedException.class);
            assertThat(jdbc.queryForObject("select count(*) from region_area where kabupaten_code = '33.20'", Integer.class))
                    .as("nothing of a refused file is stored").isZero();

            var imported = service.importList(jepara, "kemendagri-33.20-jepara.csv");
            assertThat(imported.title()).isEqualTo("Kabupaten Jepara");
            assertThat(imported.desa()).isEqualTo(184);
            assertThat(jdbc.queryForObject("select count(*) from region_area where kabupaten_code = '33.20'", Integer.class))
                    .isEqualTo(16 + 195);
            assertThat(audit.count(AuditAction.REGION_IMPORT, "33.20")).isEqualTo(1);
            assertThat(regions.village("33.20.10.2004").orElseThrow().name()).isEqualTo("Nyamuk");
            assertThat(regions.home().code()).as("importing does not move the working region").isEqualTo("33.18");
            assertThat(service.list()).extracting(KabupatenSummary::code).startsWith("33.18").contains("33.20");

            // a newer list renames; one that leaves a stored code out is refused
            String renamed = new String(jepara, StandardCharsets.UTF_8).replace("33.20.10.2004,Nyamuk", "33.20.10.2004,Pulau Nyamuk");
            service.importList(renamed.getBytes(StandardCharsets.UTF_8), "baru.csv");
            assertThat(regions.village("33.20.10.2004").orElseThrow().name()).isEqualTo("Pulau Nyamuk");
            String dropped = new String(jepara, StandardCharsets.UTF_8).replace("33.20.10.2004,Nyamuk\n", "");
            assertThat(service.check(dropped.getBytes(StandardCharsets.UTF_8)).problems())
                    .extracting(RegionListCheck.Problem::messageKey).containsExactly("region.error.dropped");

            service.makeHome("33.20");
            assertThat(regions.home().title()).isEqualTo("Kabupaten Jepara");
            assertThat(audit.count(AuditAction.REGION_HOME, "33.20")).isEqualTo(1);
            var siti = progress.matrix(new ProgressMatrix.Filter(null, null, null)).rows().stream()
                    .filter(r -> r.username().equals("operator")).findFirst().orElseThrow();
            assertThat(siti.desaName() + " · " + siti.kecamatanName()).as("Pati's desa keep their names in Jepara")
                    .isEqualTo("Prawoto · Sukolilo");
            assertThat(id.siksacademy.region.ui.DesaPicker.label(regions, siti.desaCode()))
                    .isEqualTo("Prawoto · Sukolilo (33.18.01.2001)");
        });
        for (String[] who : new String[][] {{"pelatih", "TRAINER"}, {"operator", "OPERATOR"}}) {
            as.run(who[0], who[1], () -> {
                assertThatThrownBy(() -> service.check(jepara)).isInstanceOf(AuthorizationDeniedException.class);
                assertThatThrownBy(() -> service.importList(jepara, "x.csv")).isInstanceOf(AuthorizationDeniedException.class);
                assertThatThrownBy(() -> service.makeHome("33.18")).isInstanceOf(AuthorizationDeniedException.class);
            });
        }

        var faults = Map.of(FaultType.NIK_MALFORMED, 1, FaultType.DECEASED, 1, FaultType.OUTSIDE_VILLAGE, 1,
                FaultType.MOVED, 1);
        var draft = new ExerciseBuilderService.Draft(ExerciseMode.PRACTICE, "Desa di Karimunjawa", "A village in Karimunjawa",
                "Periksa semua rumah tangga.", "Check every household.", "33.20.10", 20, 1, faults, 0, 80.0, 60, 0.05);
        String exerciseId = as.user("pelatih", "TRAINER", () -> {
            var preview = builder.preview(draft);
            assertThat(preview.problems()).isEmpty();
            assertThat(preview.villageCode()).startsWith("33.20.10.");
            var saved = builder.save(draft, null);
            long cohort = cohorts.create(new NewCohort("Karimunjawa", "33.20.10", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 12, 31), List.of())).id();
            cohorts.importRoster(cohort, "nama,username,kode desa\nOp Karimun,op.karimun,33.20.10.2001\n"
                    .getBytes(StandardCharsets.UTF_8));
            assignments.assign(cohort, saved.exerciseId(), null, Set.of());
            return saved.exerciseId();
        });
        long attemptId = as.user("op.karimun", "OPERATOR", () -> {
            long id = PerfectWork.submit(attempts, sandbox, scoring, exerciseId);
            var scenario = attempts.scenario(id);
            assertThat(scenario.village().code()).startsWith("33.20.10.");
            assertThat(scoring.result(id).orElseThrow().score()).as("moving a household to a Jepara code is accepted")
                    .isEqualTo(100.0);
            return id;
        });
        as.run("dinsos", "DINSOS_ADMIN", () -> service.makeHome("33.18"));
        assertThat(regions.home().code()).isEqualTo("33.18");
        as.run("pelatih", "TRAINER", () -> assertThat(builder.preview(draft).problems())
                .as("the builder works in the working region").extracting(p -> p.field()).containsExactly("region"));
        as.run("pelatih", "TRAINER", () -> assertThat(sandbox.review(attemptId, 1000).state().villageCodes())
                .as("its review replays with Jepara's village codes when Pati is home again").hasSize(195)
                .contains("33.20.10.2004"));
    }
}
