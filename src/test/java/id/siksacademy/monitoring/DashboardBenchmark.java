package id.siksacademy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.As;
import id.siksacademy.OpenExercisesConfig;
import id.siksacademy.PerfectWork;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.bench.BenchReport;
import id.siksacademy.certification.CertificationService;
import id.siksacademy.content.Content;
import id.siksacademy.region.Village;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scoring.ScoringService;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Dinsos dashboard for a kabupaten of 406 desa, 1,200 operators and 12,000 scored attempts (each a
 * real exam result's JSON), a third of the operators certified; and one certificate's PDF.
 * Writes target/bench/dashboard.json.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:file:./target/bench/dashboard-${random.uuid};DB_CLOSE_ON_EXIT=FALSE")
@ActiveProfiles("test")
@Import(OpenExercisesConfig.class)
class DashboardBenchmark {

    static final int OPERATORS = 1200;
    static final int ATTEMPTS_EACH = 10;

    @Autowired MonitoringService monitoring;
    @Autowired CertificationService certification;
    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired ScoringService scoring;
    @Autowired Content content;
    @Autowired JdbcTemplate jdbc;
    @Autowired SecurityContextHolderStrategy security;

    @Test
    void dashboard() throws Exception {
        var as = new As(security);
        long exam = as.user("operator", "OPERATOR", () -> PerfectWork.submit(attempts, sandbox, scoring, "ujian-operator"));
        String json = jdbc.queryForObject("select result_json from attempt_result where attempt_id = ?", String.class, exam);
        String code = jdbc.queryForObject("select code from certificate where attempt_id = ?", String.class, exam);
        seed(json);

        int[] kecamatan = new int[1];
        double cold = BenchReport.medianMs(1, 7, () -> as.user("dinsos", "DINSOS_ADMIN", () -> {
            scoring.forgetCachedDigests();
            long t = System.nanoTime();
            kecamatan[0] = monitoring.coverage().kecamatan().size();
            return System.nanoTime() - t;
        }));
        assertThat(kecamatan[0]).isEqualTo(21);
        double warm = BenchReport.medianMs(3, 15, () -> as.user("dinsos", "DINSOS_ADMIN", () -> {
            long t = System.nanoTime();
            monitoring.coverage();
            return System.nanoTime() - t;
        }));
        var total = as.user("dinsos", "DINSOS_ADMIN", () -> monitoring.coverage().total());
        double pdf = BenchReport.medianMs(10, 31, () -> as.user("operator", "OPERATOR", () -> {
            long t = System.nanoTime();
            certification.pdf(code, "https://siks.example/verifikasi/" + code);
            return System.nanoTime() - t;
        }));

        var section = BenchReport.section();
        section.put("desa", total.desa());
        section.put("operators", total.operators());
        section.put("scored_attempts", OPERATORS * ATTEMPTS_EACH + 1);
        section.put("certified", total.certified());
        section.put("dashboard_ms_median", cold);
        section.put("dashboard_warm_ms_median", warm);
        section.put("certificate_pdf_ms_median", pdf);
        var report = new LinkedHashMap<String, Map<String, Object>>();
        report.put("dashboard", section);
        BenchReport.write("dashboard", report);
    }

    /** 1,200 operators spread over the 406 desa, 10 scored attempts each, every third one certified. */
    private void seed(String json) {
        var villages = content.kabupaten().villages().map(Village::code).toList();
        var now = Timestamp.from(Instant.parse("2026-10-08T03:00:00Z"));
        var users = new ArrayList<Object[]>();
        for (int i = 0; i < OPERATORS; i++) {
            users.add(new Object[] {"dash.op" + i, "Operator " + i, now, villages.get(i % villages.size())});
        }
        jdbc.batchUpdate("insert into user_account (username, full_name, password_hash, role, enabled,"
                + " password_change_required, locale, created_at, version, desa_code) values (?, ?, '{noop}x', 'OPERATOR',"
                + " true, false, 'id', ?, 0, ?)", users);
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < OPERATORS; i++) {
            for (int k = 0; k < ATTEMPTS_EACH; k++) {
                rows.add(new Object[] {"dash.op" + i, (long) k, now, now});
            }
        }
        jdbc.batchUpdate("insert into attempt (operator, exercise_id, mode, title_id, title_en, snapshot, seed,"
                + " generator_version, status, started_at, submitted_at, action_count, version) values (?, 'ujian-operator',"
                + " 'EXAM', 'Ujian', 'Exam', '{}', ?, 2, 'SUBMITTED', ?, ?, 0, 0)", rows);
        jdbc.update("insert into attempt_result (attempt_id, operator, exercise_id, scorer_version, score, passed,"
                + " verdict, scored_at, result_json) select a.id, a.operator, a.exercise_id, 3, 100.0, true, 'PASSED', ?, ?"
                + " from attempt a where a.operator like 'dash.op%'", now, json);
        var certificates = new ArrayList<Object[]>();
        List<Map<String, Object>> firsts = jdbc.queryForList("select operator, min(id) as id from attempt"
                + " where operator like 'dash.op%' group by operator");
        int n = 0;
        for (var f : firsts) {
            if (n++ % 3 == 0) {
                String op = (String) f.get("operator");
                int index = Integer.parseInt(op.substring("dash.op".length()));
                certificates.add(new Object[] {String.format("DashBench%013d", index), op, f.get("id"), "Operator " + index,
                        villages.get(index % villages.size()), now, Timestamp.from(now.toInstant().plus(365, ChronoUnit.DAYS))});
            }
        }
        jdbc.batchUpdate("insert into certificate (code, operator, level_id, attempt_id, full_name, desa_code, scores_json,"
                + " issued_at, expires_at) values (?, ?, 'operator', ?, ?, ?, '{\"K1\":100.0}', ?, ?)", certificates);
    }
}
