package id.siksacademy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import id.siksacademy.account.AccountService;
import id.siksacademy.account.NewUser;
import id.siksacademy.account.Role;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.HouseholdStatus;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * A training day outlives every pooled connection: Hikari retires them (max lifetime 30 min), the
 * one that ran the migrations among them. H2 2.4.240 then refused every write to a table with a
 * CHECK (x IN (...)) constraint ("Check constraint invalid ... database has been closed"). This
 * retires all connections at once and writes to every such table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(OpenExercisesConfig.class)
@ActiveProfiles("test")
class PooledConnectionEvictionTest {

    /** Tables with a CHECK constraint, each written by a test below. */
    static final Set<String> COVERED = Set.of("ATTEMPT", "COHORT", "FIELD_QUALITY", "REGION_AREA", "USER_ACCOUNT");

    @LocalServerPort int port;
    @Autowired HikariDataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired AccountService accounts;
    @Autowired id.siksacademy.training.CohortService cohorts;
    @Autowired id.siksacademy.monitoring.MonitoringService monitoring;
    @Autowired id.siksacademy.region.RegionService regions;

    /**
     * Retires every connection that exists now. The pool may still be filling (slowly, on a busy
     * machine) and add one opened before the eviction afterwards: so evict again until none is left.
     */
    @BeforeEach
    void retire_every_pooled_connection() {
        List<Long> before = sessions();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            dataSource.getHikariPoolMXBean().softEvictConnections();
            return sessions().stream().noneMatch(before::contains);
        });
    }

    @Test
    void every_table_with_a_check_constraint_is_written_after_eviction() {
        var tables = new TreeSet<>(jdbc.queryForList("select distinct table_name from information_schema.table_constraints"
                + " where constraint_type = 'CHECK' and table_schema = 'PUBLIC'", String.class));
        assertThat(COVERED).as("a test below writes each of them").containsAll(tables);
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void an_attempt_starts_records_actions_and_is_submitted() {
        long id = attempts.startOrResume("terpandu-k6-kelayakan").id();
        var ws = sandbox.open(id);
        int count = ws.actionCount();
        for (var household : ws.state().households().subList(0, 3)) {
            count = sandbox.record(id, count, new SandboxAction.SetHouseholdStatus(household.id(),
                    HouseholdStatus.DITEMUKAN, null)).actionCount();
        }
        assertThat(sandbox.finalise(id, count).open()).isFalse();
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void a_user_is_created_and_given_another_role() {
        var created = accounts.create(new NewUser("evict.user", "Setelah Evict", Role.OPERATOR, "sawah hijau membentang", "33.18.01.2001"));
        accounts.changeRole(created.id(), Role.TRAINER);
        assertThat(jdbc.queryForObject("select role from user_account where username = 'evict.user'", String.class))
                .isEqualTo("TRAINER");
    }

    @Test
    @WithMockUser(username = "pelatih", roles = "TRAINER")
    void a_cohort_is_created() {
        long id = cohorts.create(new id.siksacademy.training.NewCohort("Setelah evict", "33.18.01",
                java.time.LocalDate.of(2026, 11, 1), java.time.LocalDate.of(2026, 11, 30), List.of())).id();
        assertThat(jdbc.queryForObject("select count(*) from cohort where id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void field_quality_figures_are_imported() {
        assertThat(monitoring.importQuality("kode desa,bulan,jumlah data,data valid\n33.18.19.2001,2026-07,10,9\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void a_region_list_is_imported() {
        // a made-up kabupaten code: test data, not an official list
        regions.importList("kode,nama\n33.98,Kabupaten Uji\n33.98.01,Satu\n33.98.01.2001,Desa Satu\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "uji.csv");
        assertThat(jdbc.queryForObject("select count(*) from region_area where kabupaten_code = '33.98'", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void an_account_is_locked_after_failed_logins() {
        for (int i = 0; i < 5; i++) {
            assertThat(HttpLogin.location(new HttpLogin(port).login("pelatih", "salah-" + i))).isEqualTo("/login?error");
        }
        assertThat(jdbc.queryForObject("select locked_until is not null from user_account where username = 'pelatih'",
                Boolean.class)).isTrue();
    }

    private List<Long> sessions() {
        return jdbc.queryForList("select session_id from information_schema.sessions", Long.class);
    }
}
