package id.siksacademy.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/** Timing with warm-up and medians, peak heap, and a small JSON writer for target/bench/*.json. */
public final class BenchReport {

    private BenchReport() {
    }

    /** Runs {@code task} (returning elapsed nanoseconds) warm-up times, then measures; median in ms. */
    public static double medianMs(int warmup, int runs, LongSupplier task) {
        for (int i = 0; i < warmup; i++) {
            task.getAsLong();
        }
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            times[i] = task.getAsLong();
        }
        Arrays.sort(times);
        return times[runs / 2] / 1_000_000.0;
    }

    public static double percentileMs(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1_000_000.0;
    }

    private static final java.util.concurrent.atomic.AtomicLong PEAK_BYTES = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());

    static {
        // The heap is fullest just before a collection: record the total then, from GC notifications.
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof javax.management.NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (notification.getUserData() instanceof javax.management.openmbean.CompositeData data) {
                        var info = com.sun.management.GarbageCollectionNotificationInfo.from(data);
                        long before = info.getGcInfo().getMemoryUsageBeforeGc().entrySet().stream()
                                .filter(e -> HEAP_POOLS.contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        PEAK_BYTES.accumulateAndGet(before, Math::max);
                    }
                }, n -> com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                        .equals(n.getType()), null);
            }
        }
    }

    public static void resetPeakHeap() {
        PEAK_BYTES.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** Largest total heap in use (before any collection) since the last reset. */
    public static double peakHeapMb() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return Math.max(PEAK_BYTES.get(), now) / (1024.0 * 1024.0);
    }

    public static void write(String name, Map<String, Map<String, Object>> sections) throws IOException {
        var json = new StringBuilder("{\n");
        int s = 0;
        for (var section : sections.entrySet()) {
            json.append("  \"").append(section.getKey()).append("\": {");
            int f = 0;
            for (var field : section.getValue().entrySet()) {
                json.append(f++ == 0 ? "" : ",").append("\n    \"").append(field.getKey()).append("\": ")
                        .append(value(field.getValue()));
            }
            json.append("\n  }").append(++s < sections.size() ? "," : "").append('\n');
        }
        json.append("}\n");
        Path out = Path.of("target/bench", name + ".json");
        Files.createDirectories(out.getParent());
        Files.writeString(out, json);
        System.out.println("Wrote " + out + ":\n" + json);
    }

    public static Map<String, Object> section() {
        return new LinkedHashMap<>();
    }

    private static String value(Object v) {
        if (v instanceof Double d) {
            return String.format(Locale.ROOT, "%.2f", d);
        }
        return v instanceof Number || v instanceof Boolean ? v.toString() : "\"" + v + "\"";
    }
}
