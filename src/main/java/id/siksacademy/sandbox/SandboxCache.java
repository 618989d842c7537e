package id.siksacademy.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * States of recently used attempts. A miss, or a state behind the database's action count (another
 * server, a restart), is rebuilt from the log: the log is the truth, this is only a cache.
 */
@Component
class SandboxCache {

    private static final int CAPACITY = 200;

    /** One attempt's state; callers synchronise on it. */
    static final class Slot {
        SandboxState state;
        int count = -1;
    }

    private final Map<Long, Slot> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Slot> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Slot entry(long attemptId) {
        return entries.computeIfAbsent(attemptId, id -> new Slot());
    }
}
