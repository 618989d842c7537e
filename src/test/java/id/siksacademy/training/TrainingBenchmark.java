package id.siksacademy.training;

import id.siksacademy.As;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.attempt.AttemptService;
import id.siksacademy.bench.BenchReport;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxBenchmark;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scoring.ScoringService;
import id.siksacademy.PerfectWork;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * The trainer's two heavy reads on the H2 file database: the progress matrix of a 400-operator
 * cohort with 10 scored attempts each (every result read and parsed from the database, then again
 * with the parsed digests kept), and jumping a review to action 250 of a 500-action attempt.
 * Writes target/bench/training.json.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/bench/training-${random.uuid};DB_CLOSE_ON_EXIT=FALSE")
@ActiveProfiles("test")
class TrainingBenchmark {

    static final int OPERATORS = 400;
    static final int ATTEMPTS_EACH = 10;

    @Autowired CohortService cohorts;
    @Autowired ProgressService progress;
    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired ScoringService scoring;
    @Autowired JdbcTemplate jdbc;
    @Autowired SecurityContextHolderStrategy security;

    @Test
    void training() throws Exception {
        var as = new As(security);
        // one real scored result, whose stored JSON every seeded result copies
        long scored = as.user("operator", "OPERATOR", () -> PerfectWork.submit(attempts, sandbox, scoring, "verval-desa-1"));
        String json = jdbc.queryForObject("select result_json from attempt_result where attempt_id = ?", String.class, scored);
        long cohort = as.user("pelatih", "TRAINER", () -> cohorts.create(new NewCohort("Bench", "33.18.01",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), List.of())).id());
        seed(cohort, json);

        var filter = new ProgressMatrix.Filter(cohort, null, null);
        int[] rows = new int[1];
        double cold = BenchReport.medianMs(2, 9, () -> as.user("pelatih", "TRAINER", () -> {
            scoring.forgetCachedDigests();
            long t = System.nanoTime();
            rows[0] = progress.matrix(filter).rows().size();
            return System.nanoTime() - t;
        }));
        assertThat(rows[0]).isEqualTo(OPERATORS);
        double warm = BenchReport.medianMs(3, 15, () -> as.user("pelatih", "TRAINER", () -> {
            long t = System.nanoTime();
            progress.matrix(filter);
            return System.nanoTime() - t;
        }));

        // a 500-action attempt of the demo operator (a member of pelatih's demo cohort)
        long long500 = as.user("operator", "OPERATOR", () -> {
            long id = attempts.startOrResume("terpandu-k6-kelayakan").id();
            int count = sandbox.open(id).actionCount();
            for (SandboxAction a : SandboxBenchmark.actions(sandbox.open(id).state().scenario(), 500)) {
                count = sandbox.record(id, count, a).actionCount();
            }
            return id;
        });
        int[] step = new int[1];
        double replay = BenchReport.medianMs(5, 31, () -> as.user("pelatih", "TRAINER", () -> {
            long t = System.nanoTime();
            step[0] = sandbox.review(long500, 250).review().step();
            return System.nanoTime() - t;
        }));
        assertThat(step[0]).isEqualTo(250);

        // a day's roster: 400 new operators, each with a BCrypt-hashed one-time password (one run)
        var csv = new StringBuilder("nama,username,kode desa\n");
        for (int i = 0; i < OPERATORS; i++) {
            csv.append("Operator Impor ").append(i).append(",impor.op").append(i).append(",33.18.01.2001\n");
        }
        long importNanos = as.user("pelatih", "TRAINER", () -> {
            long target = cohorts.create(new NewCohort("Impor", "33.18.01", LocalDate.of(2026, 10, 1),
                    LocalDate.of(2026, 12, 31), List.of())).id();
            long t = System.nanoTime();
            int created = cohorts.importRoster(target, csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).size();
            long elapsed = System.nanoTime() - t;
            assertThat(created).isEqualTo(OPERATORS);
            return elapsed;
        });

        var section = BenchReport.section();
        section.put("operators", OPERATORS);
        section.put("scored_attempts", OPERATORS * ATTEMPTS_EACH);
        section.put("progress_matrix_ms_median", cold);
        section.put("progress_matrix_warm_ms_median", warm);
        section.put("replay_actions", 500);
        section.put("replay_ms_median", replay);
        section.put("roster_import_400_ms", importNanos / 1_000_000.0);
        var report = new LinkedHashMap<String, Map<String, Object>>();
        report.put("training", section);
        BenchReport.write("training", report);
    }

    /** 400 operators in the cohort, each with 10 submitted attempts and their stored results. */
    private void seed(long cohort, String json) {
        var users = new ArrayList<Object[]>();
        var members = new ArrayList<Object[]>();
        var now = Timestamp.from(Instant.parse("2026-10-08T03:00:00Z"));
        for (int i = 0; i < OPERATORS; i++) {
            String username = "bench.op" + i;
            users.add(new Object[] {username, "Operator Bench " + i, "{noop}x", "33.18.01.2001", now});
            members.add(new Object[] {cohort, username});
        }
        jdbc.batchUpdate("insert into user_account (username, full_name, password_hash, role, enabled,"
                + " password_change_required, locale, created_at, version, desa_code) values (?, ?, ?, 'OPERATOR', true,"
                + " false, 'id', ?, 0, ?)", users.stream().map(u -> new Object[] {u[0], u[1], u[2], u[4], u[3]}).toList());
        jdbc.batchUpdate("insert into cohort_member (cohort_id, operator) values (?, ?)", members);
        for (int i = 0; i < OPERATORS; i++) {
            for (int k = 0; k < ATTEMPTS_EACH; k++) {
                jdbc.update("insert into attempt (operator, exercise_id, mode, title_id, title_en, snapshot, seed,"
                        + " generator_version, status, started_at, submitted_at, action_count, version)"
                        + " values (?, 'verval-desa-1', 'PRACTICE', 'Desa latihan', 'Practice village', '{}', ?, 2,"
                        + " 'SUBMITTED', ?, ?, 0, 0)", "bench.op" + i, (long) k, now, now);
            }
        }
        jdbc.update("insert into attempt_result (attempt_id, operator, exercise_id, scorer_version, score, passed,"
                + " verdict, scored_at, result_json) select a.id, a.operator, a.exercise_id, 3, 100.0, true, 'PASSED', ?, ?"
                + " from attempt a where a.operator like 'bench.op%'", now, json);
        assertThat(jdbc.queryForObject("select count(*) from attempt_result where operator like 'bench.op%'", Integer.class))
                .isEqualTo(OPERATORS * ATTEMPTS_EACH);
    }
}
