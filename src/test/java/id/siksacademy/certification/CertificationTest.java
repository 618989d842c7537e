package id.siksacademy.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.siksacademy.OpenExercisesConfig;
import id.siksacademy.PerfectWork;
import id.siksacademy.TestClockConfig;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scoring.ScoringService;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.MemberStatus;
import id.siksacademy.scoring.ValidityAgents;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Issuance at the exam's rules, exactly once; the PDF; public verification; expiry; revocation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"siks.verification.misses=3", "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
@Import({OpenExercisesConfig.class, TestClockConfig.class})
class CertificationTest {

    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired ScoringService scoring;
    @Autowired CertificationService certification;
    @Autowired JdbcTemplate jdbc;
    @LocalServerPort int port;

    /** Takes the exam as the signed-in operator with the perfect trainee's actions, changed by {@code change}. */
    private long exam(UnaryOperator<List<SandboxAction>> change) {
        attempts.mine().stream().filter(a -> a.open()).forEach(a -> attempts.submit(a.id()));
        return PerfectWork.submit(attempts, sandbox, scoring, "ujian-operator", change);
    }

    private int certificatesOf(long attemptId) {
        return jdbc.queryForObject("select count(*) from certificate where attempt_id = ?", Integer.class, attemptId);
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void a_perfect_exam_issues_one_certificate_that_the_pdf_and_the_public_page_show() throws Exception {
        jdbc.update("update certificate set revoked_at = ?, revoke_reason = 'test' where operator = 'operator'",
                java.sql.Timestamp.from(TestClockConfig.CLOCK.instant()));
        long id = exam(a -> a);
        assertThat(certificatesOf(id)).isEqualTo(1);
        scoring.result(id); // viewed again: the stored result, no second certificate
        assertThat(certificatesOf(id)).isEqualTo(1);
        String issued = jdbc.queryForObject("select code from certificate where attempt_id = ?", String.class, id);
        var mine = certification.mine().stream().filter(c -> c.code().equals(issued)).findFirst().orElseThrow();
        assertThat(mine.code()).matches("[A-Za-z0-9_-]{22}");
        assertThat(mine.status()).isEqualTo(CertificateStatus.BERLAKU);
        assertThat(Duration.between(mine.issuedAt(), mine.expiresAt()).toDays()).isBetween(364L, 366L);
        assertThat(mine.competencyScores()).containsKeys("K1", "K8").allSatisfy((k, v) -> assertThat(v).isEqualTo(100.0));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'CERTIFICATE_ISSUE' and detail = ?",
                Integer.class, mine.code())).isEqualTo(1);

        String url = "https://siks.example/verifikasi/" + mine.code();
        var reader = new PdfReader(certification.pdf(mine.code(), url));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("SERTIFIKAT", "Operator SIKS-NG Tersertifikasi", "Siti Operator Desa", "Desa Prawoto",
                "Kecamatan Sukolilo", mine.code());

        var json = get("/verifikasi/" + mine.code() + ".json", "10.0.0.1");
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"name\":\"Siti Operator Desa\"", "\"desa\":\"Desa Prawoto\"",
                "\"status\":\"BERLAKU\"", "\"level\":\"operator\"").doesNotContain("\"operator\":", "username", "K1");
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void one_critical_error_at_an_otherwise_perfect_score_issues_nothing() {
        long id = exam(actions -> {
            var s = sandbox.open(attempts.mine().getFirst().id()).state().scenario();
            var household = s.answerKey().entries().stream().filter(e -> e.fault() == FaultType.CLEAN)
                    .map(e -> ValidityAgents.household(s, e.householdId())).filter(h -> h.members().size() > 1)
                    .findFirst().orElseThrow();
            actions.add(new SandboxAction.SetMemberStatus(household.id(), 1,
                    MemberStatus.MENINGGAL, "salah", null));
            return actions;
        });
        assertThat(scoring.result(id).orElseThrow().criticalErrors()).isNotEmpty();
        assertThat(certificatesOf(id)).isZero();
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void revocation_and_expiry_show_on_the_public_page_at_once() throws Exception {
        String code = seeded();
        assertThat(get("/verifikasi/" + code + ".json", "10.0.0.2").body()).contains("\"status\":\"BERLAKU\"");
        assertThat(pdfText(code)).doesNotContain("TIDAK BERLAKU");
        certification.revoke(code, "Diganti operator lain");
        assertThat(get("/verifikasi/" + code + ".json", "10.0.0.2").body()).contains("\"status\":\"DICABUT\"");
        assertThat(pdfText(code)).contains("DICABUT", "TIDAK BERLAKU");
        assertThat(jdbc.queryForObject("select detail from audit_event where action = 'CERTIFICATE_REVOKE' order by id desc"
                + " fetch first 1 rows only", String.class)).isEqualTo(code + ": Diganti operator lain");

        String other = seeded();
        jdbc.update("update certificate set expires_at = ? where code = ?",
                java.sql.Timestamp.from(TestClockConfig.CLOCK.instant().minusSeconds(60)), other);
        assertThat(get("/verifikasi/" + other + ".json", "10.0.0.2").body()).contains("\"status\":\"KEDALUWARSA\"");
        assertThat(pdfText(other)).contains("KEDALUWARSA", "TIDAK BERLAKU");
    }

    private String pdfText(String code) throws java.io.IOException {
        var reader = new PdfReader(certification.pdf(code, "https://siks.example/verifikasi/" + code));
        return new PdfTextExtractor(reader).getTextFromPage(1);
    }

    @Test
    void unknown_codes_are_not_found_and_guessing_is_throttled_per_address() throws Exception {
        var unknown = get("/verifikasi/AAAAAAAAAAAAAAAAAAAAAA.json", "10.0.0.3");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("TIDAK_DITEMUKAN");
        get("/verifikasi/BBBBBBBBBBBBBBBBBBBBBB.json", "10.0.0.3");
        get("/verifikasi/pendek.json", "10.0.0.3");
        assertThat(get("/verifikasi/CCCCCCCCCCCCCCCCCCCCCC.json", "10.0.0.3").statusCode()).isEqualTo(429);
        assertThat(get("/verifikasi/CCCCCCCCCCCCCCCCCCCCCC.json", "10.0.0.4").statusCode()).as("another address").isEqualTo(404);
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void an_operator_cannot_revoke_or_list_all() {
        assertThatThrownBy(() -> certification.revoke("x", "alasan apa saja")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> certification.all()).isInstanceOf(AuthorizationDeniedException.class);
    }

    /** A certificate row as issuance writes it, on a submitted attempt. */
    private String seeded() {
        var now = java.sql.Timestamp.from(TestClockConfig.CLOCK.instant());
        Long attempt = jdbc.queryForObject("select max(id) from attempt", Long.class);
        if (attempt == null || jdbc.queryForObject("select count(*) from certificate where attempt_id = ?", Integer.class,
                attempt) > 0) {
            jdbc.update("insert into attempt (operator, exercise_id, mode, title_id, title_en, snapshot, seed,"
                    + " generator_version, status, started_at, action_count, version) values ('operator', 'ujian-operator',"
                    + " 'EXAM', 'Ujian', 'Exam', '{}', 1, 2, 'SUBMITTED', ?, 0, 0)", now);
            attempt = jdbc.queryForObject("select max(id) from attempt", Long.class);
        }
        String code = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        jdbc.update("insert into certificate (code, operator, level_id, attempt_id, full_name, desa_code, scores_json,"
                + " issued_at, expires_at) values (?, 'operator', 'operator', ?, 'Siti Operator Desa', '33.18.01.2001',"
                + " '{\"K1\":100.0}', ?, ?)", code, attempt, now,
                java.sql.Timestamp.from(TestClockConfig.CLOCK.instant().plus(Duration.ofDays(365))));
        return code;
    }

    private HttpResponse<String> get(String path, String forwardedFor) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", forwardedFor).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
