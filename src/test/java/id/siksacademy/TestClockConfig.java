package id.siksacademy;

import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Replaces the application's clock with one the tests move by hand. */
@TestConfiguration
public class TestClockConfig {

    public static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-10-01T01:00:00Z"));

    @Bean
    @Primary
    Clock testClock() {
        return CLOCK;
    }
}
