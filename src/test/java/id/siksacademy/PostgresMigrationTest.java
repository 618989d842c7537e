package id.siksacademy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.siksacademy.attempt.AttemptService;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scoring.ScoringService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The Flyway migrations and the entity mappings on PostgreSQL, the production database: the
 * application starts on it (schema validated) and an attempt goes from start to stored result.
 * Runs where SIKS_TEST_POSTGRES_URL names a database (.ci/run sets one up); skipped elsewhere.
 */
class PostgresMigrationTest {

    @Test
    void the_schema_migrates_and_validates_on_postgresql_and_an_attempt_round_trips() {
        String url = System.getenv("SIKS_TEST_POSTGRES_URL");
        assumeTrue(url != null && !url.isBlank(), "SIKS_TEST_POSTGRES_URL is not set");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (var app = new SpringApplicationBuilder(Application.class).profiles("test").run(
                "--server.port=0",
                "--spring.datasource.url=" + url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                "--spring.datasource.username=" + System.getenv().getOrDefault("SIKS_TEST_POSTGRES_USER", "siks_test"),
                "--spring.datasource.password=" + System.getenv().getOrDefault("SIKS_TEST_POSTGRES_PASSWORD", "siks_test"),
                "--spring.flyway.schemas=" + schema)) {
            var jdbc = app.getBean(JdbcTemplate.class);
            try {
                assertThat(jdbc.queryForObject("select count(*) from user_account", Integer.class)).isEqualTo(3);
                var security = app.getBean(SecurityContextHolderStrategy.class);
                var context = security.createEmptyContext();
                context.setAuthentication(new UsernamePasswordAuthenticationToken("operator", "x",
                        AuthorityUtils.createAuthorityList("ROLE_OPERATOR")));
                security.setContext(context);

                var attempts = app.getBean(AttemptService.class);
                var sandbox = app.getBean(SandboxService.class);
                long id = attempts.startOrResume("terpandu-k4-peristiwa").id();
                var ws = sandbox.open(id);
                var household = ws.state().households().getFirst();
                int count = sandbox.record(id, ws.actionCount(), new SandboxAction.SetHouseholdStatus(household.id(),
                        HouseholdStatus.DITEMUKAN, "sesuai")).actionCount();
                long file = sandbox.uploadMinutes(id, "ba.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
                assertThat(sandbox.file(id, file).content()).startsWith("%PDF".getBytes());
                sandbox.finalise(id, count);
                var result = app.getBean(ScoringService.class).result(id).orElseThrow();
                assertThat(jdbc.queryForObject("select score from attempt_result where attempt_id = ?", Double.class, id))
                        .isEqualTo(result.score());
            } finally {
                jdbc.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
