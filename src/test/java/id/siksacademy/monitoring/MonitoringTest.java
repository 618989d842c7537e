package id.siksacademy.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.certification.CertificateStatus;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Coverage counts desa, operators and certificates as they are; drill-down and exports agree. */
@SpringBootTest
@ActiveProfiles("test")
class MonitoringTest {

    private static final String KECAMATAN = "33.18.21"; // Trangkil: no other test puts operators there

    @Autowired MonitoringService monitoring;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void coverage_counts_desa_with_a_valid_certificate_and_operators_by_standing() {
        var now = Timestamp.from(Instant.now());
        for (String[] op : new String[][] {{"mon.a", "33.18.21.2001"}, {"mon.b", "33.18.21.2001"}, {"mon.c", "33.18.21.2002"},
            {"mon.d", "33.18.21.2003"}}) {
            jdbc.update("insert into user_account (username, full_name, password_hash, role, enabled, password_change_required,"
                    + " locale, created_at, version, desa_code) values (?, ?, '{noop}x', 'OPERATOR', true, false, 'id', ?, 0, ?)",
                    op[0], "Operator " + op[0], now, op[1]);
        }
        jdbc.update("insert into attempt (operator, exercise_id, mode, title_id, title_en, snapshot, seed, generator_version,"
                + " status, started_at, action_count, version) values ('mon.a', 'ujian-operator', 'EXAM', 'U', 'E', '{}', 1, 2,"
                + " 'SUBMITTED', ?, 0, 0)", now);
        long attempt = jdbc.queryForObject("select max(id) from attempt", Long.class);
        jdbc.update("insert into certificate (code, operator, level_id, attempt_id, full_name, desa_code, scores_json,"
                + " issued_at, expires_at) values ('MonitoringTestCode0001A', 'mon.a', 'operator', ?, 'Operator mon.a',"
                + " '33.18.21.2001', '{}', ?, ?)", attempt, now, Timestamp.from(Instant.now().plus(200, ChronoUnit.DAYS)));
        jdbc.update("insert into attempt (operator, exercise_id, mode, title_id, title_en, snapshot, seed, generator_version,"
                + " status, started_at, action_count, version) values ('mon.c', 'ujian-operator', 'EXAM', 'U', 'E', '{}', 1, 2,"
                + " 'SUBMITTED', ?, 0, 0)", now);
        long expired = jdbc.queryForObject("select max(id) from attempt", Long.class);
        jdbc.update("insert into certificate (code, operator, level_id, attempt_id, full_name, desa_code, scores_json,"
                + " issued_at, expires_at) values ('MonitoringTestCode0002B', 'mon.c', 'operator', ?, 'Operator mon.c',"
                + " '33.18.21.2002', '{}', ?, ?)", expired, Timestamp.from(Instant.now().minus(400, ChronoUnit.DAYS)),
                Timestamp.from(Instant.now().minus(35, ChronoUnit.DAYS)));

        var coverage = monitoring.coverage();
        var trangkil = coverage.kecamatan().stream().filter(a -> a.code().equals(KECAMATAN)).findFirst().orElseThrow();
        assertThat(trangkil.desa()).isEqualTo(16);
        assertThat(trangkil.operators()).isEqualTo(4);
        assertThat(trangkil.certified()).as("the expired one does not count").isEqualTo(1);
        assertThat(trangkil.desaCovered()).isEqualTo(1);
        assertThat(trangkil.coverage()).isEqualTo(1 / 16.0);
        assertThat(coverage.total().desa()).isEqualTo(406);
        assertThat(coverage.certificationsPerMonth()).hasSize(12);

        var desa = monitoring.desa(KECAMATAN);
        assertThat(desa).hasSize(16);
        assertThat(desa.stream().filter(a -> a.code().equals("33.18.21.2001")).findFirst().orElseThrow().certified()).isEqualTo(1);
        assertThat(monitoring.operators("33.18.21.2002")).singleElement()
                .satisfies(o -> assertThat(o.certificate()).isEqualTo(CertificateStatus.KEDALUWARSA));

        String csv = new String(monitoring.export(coverage.kecamatan(), false, (k, p) -> k), StandardCharsets.UTF_8);
        assertThat(csv).contains("33.18.21,Trangkil,16,1,6.3,4,0,1,0,,");
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void valid_rates_before_and_after_a_desa_was_certified_with_their_months() throws Exception {
        var now = Timestamp.from(Instant.now());
        jdbc.update("insert into user_account (username, full_name, password_hash, role, enabled, password_change_required,"
                + " locale, created_at, version, desa_code) values ('mon.q', 'Operator Q', '{noop}x', 'OPERATOR', true, false,"
                + " 'id', ?, 0, '33.18.20.2001')", now);
        jdbc.update("insert into attempt (operator, exercise_id, mode, title_id, title_en, snapshot, seed, generator_version,"
                + " status, started_at, action_count, version) values ('mon.q', 'ujian-operator', 'EXAM', 'U', 'E', '{}', 1, 2,"
                + " 'SUBMITTED', ?, 0, 0)", now);
        long attempt = jdbc.queryForObject("select max(id) from attempt", Long.class);
        jdbc.update("insert into certificate (code, operator, level_id, attempt_id, full_name, desa_code, scores_json,"
                + " issued_at, expires_at) values ('MonitoringTestCode0003C', 'mon.q', 'operator', ?, 'Operator Q',"
                + " '33.18.20.2001', '{}', ?, ?)", attempt, Timestamp.from(Instant.parse("2026-06-15T03:00:00Z")),
                Timestamp.from(Instant.parse("2027-06-15T03:00:00Z")));
        var file = new StringBuilder("kode desa,bulan,jumlah data,data valid\n");
        for (int m = 3; m <= 10; m++) { // 75 % valid before June, 90 % after; June itself counts nowhere
            file.append("33.18.20.2001,2026-").append(String.format("%02d", m)).append(",100,")
                    .append(m < 6 ? 75 : m == 6 ? 50 : 90).append('\n');
        }
        file.append("33.18.20.2002,2026-09,200,150\n"); // a desa without a certified operator: all "before"
        assertThat(monitoring.importQuality(file.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo(9);
        assertThat(monitoring.importQuality("kode desa,bulan,jumlah data,data valid\n33.18.20.2002,2026-09,200,160\n"
                .getBytes(StandardCharsets.UTF_8))).as("a corrected month replaces the old one").isEqualTo(1);

        var desa = monitoring.desa("33.18.20");
        var certified = desa.stream().filter(a -> a.code().equals("33.18.20.2001")).findFirst().orElseThrow().quality();
        assertThat(certified.validBefore()).isEqualTo(0.75);
        assertThat(certified.monthsBefore()).isEqualTo(3);
        assertThat(certified.validAfter()).isEqualTo(0.90);
        assertThat(certified.monthsAfter()).isEqualTo(4);
        var other = desa.stream().filter(a -> a.code().equals("33.18.20.2002")).findFirst().orElseThrow().quality();
        assertThat(other.validBefore()).isEqualTo(0.80);
        assertThat(other.validAfter()).isNull();
        var kecamatan = monitoring.coverage().kecamatan().stream().filter(a -> a.code().equals("33.18.20")).findFirst()
                .orElseThrow().quality();
        assertThat(kecamatan.validBefore()).isEqualTo((225 + 160) / 500.0);
        assertThat(kecamatan.monthsBefore()).as("March-May and September").isEqualTo(4);
        var pdf = new com.lowagie.text.pdf.PdfReader(monitoring.summaryPdf(java.time.YearMonth.of(2026, 6)));
        assertThat(new com.lowagie.text.pdf.parser.PdfTextExtractor(pdf).getTextFromPage(1))
                .contains("Laporan cakupan sertifikasi", "Kabupaten Pati", "Juni 2026", "Dukuhseti");
        assertThatThrownBy(() -> monitoring.importQuality("kode desa,bulan,jumlah data,data valid\n33.18.20.2002,2026-09,10,11\n"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(QualityRejectedException.class);
    }

    @Test
    @WithMockUser(username = "pelatih", roles = "TRAINER")
    void a_trainer_does_not_see_the_dashboard() {
        assertThatThrownBy(() -> monitoring.coverage()).isInstanceOf(AuthorizationDeniedException.class);
    }
}
