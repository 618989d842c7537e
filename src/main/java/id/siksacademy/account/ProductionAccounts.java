package id.siksacademy.account;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In production: creates the first DINSOS_ADMIN from the environment, and refuses to start
 * while any account still has the demo password.
 */
@Component
@Profile("prod")
@Order(0)
class ProductionAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ProductionAccounts.class);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final String adminUsername;
    private final String adminPassword;
    private final String adminFullName;

    ProductionAccounts(UserAccountRepository users, PasswordEncoder encoder, AuditLog audit, Clock clock,
                       @Value("${siks.bootstrap-admin.username:}") String adminUsername,
                       @Value("${siks.bootstrap-admin.password:}") String adminPassword,
                       @Value("${siks.bootstrap-admin.full-name:Administrator Dinsos}") String adminFullName) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.adminUsername = AccountService.normaliseUsername(adminUsername);
        this.adminPassword = adminPassword;
        this.adminFullName = adminFullName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        refuseDemoPasswords();
        if (!users.existsByRole(Role.DINSOS_ADMIN)) {
            createFirstAdmin();
        }
    }

    private void refuseDemoPasswords() {
        // BCrypt costs ~0.1 s per account; fine for a regency's few hundred accounts.
        var withDemoPassword = users.findAll().stream()
                .filter(u -> encoder.matches(DemoAccounts.PASSWORD, u.getPasswordHash()))
                .map(UserAccount::getUsername)
                .toList();
        if (!withDemoPassword.isEmpty()) {
            throw new IllegalStateException("Refusing to start in the prod profile: accounts " + withDemoPassword
                    + " still have the demo password. Reset or disable them on a non-prod instance first.");
        }
    }

    private void createFirstAdmin() {
        if (adminUsername.isEmpty() || adminPassword == null || adminPassword.isEmpty()) {
            throw new IllegalStateException("No DINSOS_ADMIN account exists. Set SIKS_ADMIN_USERNAME and "
                    + "SIKS_ADMIN_PASSWORD to create the first one (see README, 'Production').");
        }
        if (!adminUsername.matches(NewUser.USERNAME_PATTERN)) {
            throw new IllegalStateException("SIKS_ADMIN_USERNAME may hold only a-z, 0-9, '.', '-' and '_'.");
        }
        PasswordPolicy.violation(adminPassword, adminUsername).ifPresent(rule -> {
            throw new IllegalStateException("SIKS_ADMIN_PASSWORD is refused by the password policy (" + rule
                    + "): at least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password, "
                    + "not containing the username.");
        });
        var admin = new UserAccount(adminUsername, adminFullName, Role.DINSOS_ADMIN, clock.instant());
        admin.setPassword(encoder.encode(adminPassword), false); // chosen by the administrator, not handed out
        users.save(admin);
        audit.record(AuditLog.SYSTEM, AuditAction.USER_CREATE, adminUsername, null, AuditDetail.bootstrap());
        log.info("First DINSOS_ADMIN '{}' created from the environment", adminUsername);
    }
}
