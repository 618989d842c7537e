package id.siksacademy.certification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Guessing codes is throttled per client address: more than {@code siks.verification.misses} unknown
 * codes within {@code siks.verification.window} and the address is refused until the window has
 * passed. Codes carry 128 random bits, so this only keeps a guesser from hammering the database.
 */
@Component
class VerificationThrottle {

    private final int misses;
    private final Duration window;
    private final Clock clock;
    private final Map<String, ArrayDeque<Instant>> byAddress = new ConcurrentHashMap<>();

    VerificationThrottle(@Value("${siks.verification.misses:10}") int misses,
                         @Value("${siks.verification.window:PT10M}") Duration window, Clock clock) {
        this.misses = misses;
        this.window = window;
        this.clock = clock;
    }

    boolean refused(String address) {
        var seen = byAddress.get(address);
        if (seen == null) {
            return false;
        }
        synchronized (seen) {
            prune(seen);
            return seen.size() >= misses;
        }
    }

    void missed(String address) {
        var seen = byAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (seen) {
            prune(seen);
            seen.addLast(clock.instant());
        }
        if (byAddress.size() > 100_000) { // a flood of addresses: forget the quiet ones
            byAddress.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue());
                    return e.getValue().isEmpty();
                }
            });
        }
    }

    private void prune(ArrayDeque<Instant> seen) {
        Instant from = clock.instant().minus(window);
        while (!seen.isEmpty() && seen.peekFirst().isBefore(from)) {
            seen.removeFirst();
        }
    }
}
