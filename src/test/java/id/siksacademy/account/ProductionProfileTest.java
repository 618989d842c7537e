package id.siksacademy.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.Application;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile: no demo accounts, first admin from the environment, demo passwords refused. */
class ProductionProfileTest {

    @Test
    void prod_creates_the_first_admin_from_the_environment_and_no_demo_accounts() {
        try (var app = start(db(), "--siks.bootstrap-admin.username=kepala.dinsos",
                "--siks.bootstrap-admin.password=bukit kendeng hijau")) {
            var users = app.getBean(UserAccountRepository.class);
            assertThat(users.findByUsername("kepala.dinsos")).get()
                    .extracting(UserAccount::getRole).isEqualTo(Role.DINSOS_ADMIN);
            assertThat(users.existsByUsername("operator")).isFalse();
        }
    }

    @Test
    void prod_audits_the_client_address_a_trusted_proxy_forwards_and_other_profiles_ignore_it() {
        try (var app = start(db(), "--siks.bootstrap-admin.username=kepala.dinsos",
                "--siks.bootstrap-admin.password=bukit kendeng hijau")) {
            int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext) app).getWebServer()
                    .getPort();
            new id.siksacademy.HttpLogin(port, "X-Forwarded-For", "203.0.113.9", "X-Forwarded-Proto", "https")
                    .login("kepala.dinsos", "salah sekali");
            assertThat(app.getBean(AuditEventRepository.class).findAll()).anySatisfy(e -> {
                assertThat(e.toEntry().action()).isEqualTo(AuditAction.LOGIN_FAILURE);
                assertThat(e.toEntry().sourceAddress()).isEqualTo("203.0.113.9");
            });
        }
        try (var app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=" + db(), "--server.port=0")) {
            int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext) app).getWebServer()
                    .getPort();
            new id.siksacademy.HttpLogin(port, "X-Forwarded-For", "203.0.113.9").login("operator", "salah sekali");
            assertThat(app.getBean(AuditEventRepository.class).findAll()).anySatisfy(e -> {
                assertThat(e.toEntry().action()).isEqualTo(AuditAction.LOGIN_FAILURE);
                assertThat(e.toEntry().sourceAddress()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            });
        }
    }

    @Test
    void prod_refuses_to_start_without_an_admin_in_the_environment() {
        assertThatThrownBy(() -> start(db()).close())
                .hasStackTraceContaining("SIKS_ADMIN_USERNAME");
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void a_public_url_on_another_port_than_the_server_is_warned_at_start_up(
            org.springframework.boot.test.system.CapturedOutput output) {
        try (var app = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=" + db(), "--server.port=0", "--siks.public-url=http://localhost:8080")) {
            int port = ((org.springframework.boot.web.server.context.WebServerApplicationContext) app).getWebServer()
                    .getPort();
            assertThat(output.getOut()).contains("siks.public-url is http://localhost:8080 but this server listens on "
                    + "http://localhost:" + port);
        }
    }

    @Test
    void prod_refuses_to_start_without_the_public_url_certificates_carry() {
        assertThatThrownBy(() -> startWithout(db(), "--siks.bootstrap-admin.username=kepala.dinsos",
                "--siks.bootstrap-admin.password=bukit kendeng hijau").close())
                .hasStackTraceContaining("SIKS_PUBLIC_URL");
    }

    @Test
    void prod_refuses_to_start_while_a_demo_password_remains() {
        String db = db();
        // A database first used without the prod profile holds the demo accounts.
        new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=" + db, "--server.port=0").close();

        assertThatThrownBy(() -> start(db, "--siks.bootstrap-admin.username=kepala",
                "--siks.bootstrap-admin.password=bukit kendeng hijau").close())
                .hasStackTraceContaining("still have the demo password");
    }

    private static String db() {
        return "jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static ConfigurableApplicationContext start(String db, String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of(args));
        all.add("--siks.public-url=https://siks-academy.example.go.id");
        return startWithout(db, all.toArray(String[]::new));
    }

    /** Without a public URL: the prod profile leaves it unset. */
    private static ConfigurableApplicationContext startWithout(String db, String... args) {
        var all = new java.util.ArrayList<>(java.util.List.of(args));
        all.add("--spring.datasource.url=" + db);
        all.add("--spring.datasource.username=sa");
        all.add("--spring.datasource.password=");
        all.add("--server.port=0");
        return new SpringApplicationBuilder(Application.class).profiles("prod").run(all.toArray(String[]::new));
    }
}
