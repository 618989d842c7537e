package id.siksacademy.account;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo accounts for trying the platform; never in the prod profile. */
@Component
@Profile("!prod")
@Order(0)
class DemoAccounts implements ApplicationRunner {

    /** Known to everyone who reads the README: {@link ProductionAccounts} refuses it. */
    static final String PASSWORD = "latihan123";

    /** Prawoto, kecamatan Sukolilo. */
    static final String DEMO_DESA = "33.18.01.2001";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        create("operator", "Siti Operator Desa", Role.OPERATOR);
        users.findByUsername("operator").filter(u -> u.getDesaCode() == null)
                .ifPresent(u -> u.setDesaCode(DEMO_DESA)); // databases made before operators had a desa
        create("pelatih", "Budi Pelatih Dinsos", Role.TRAINER);
        create("dinsos", "Dewi Admin Dinsos", Role.DINSOS_ADMIN);
    }

    private void create(String username, String fullName, Role role) {
        if (!users.existsByUsername(username)) {
            var account = new UserAccount(username, fullName, role, clock.instant());
            account.setPassword(encoder.encode(PASSWORD), false);
            if (role == Role.OPERATOR) {
                account.setDesaCode(DEMO_DESA);
            }
            users.save(account);
            log.info("Demo account '{}' ({}) created", username, role);
        }
    }
}
