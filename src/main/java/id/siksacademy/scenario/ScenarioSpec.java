package id.siksacademy.scenario;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What to generate: a region (kabupaten, kecamatan or desa code), the number of households,
 * the fault mix as counts, the date of the data, and an optional fixed seed.
 * {@code allVillages} spreads households over every village of the region; otherwise the
 * generator picks one village in it (the sandbox case). {@code proposals} new households come
 * to the village office with their KK (usulan baru); the registry knows them, DTKS does not yet.
 */
public record ScenarioSpec(String id, String regionCode, boolean allVillages, int households, LocalDate asOf,
                           Map<FaultType, Integer> faults, int proposals, Long seed) {

    public ScenarioSpec {
        var copy = new EnumMap<FaultType, Integer>(FaultType.class);
        copy.putAll(faults);
        copy.remove(FaultType.CLEAN);
        faults = Collections.unmodifiableMap(copy);
    }

    /** A spec without proposals (usulan baru). */
    public ScenarioSpec(String id, String regionCode, boolean allVillages, int households, LocalDate asOf,
                        Map<FaultType, Integer> faults, Long seed) {
        this(id, regionCode, allVillages, households, asOf, faults, 0, seed);
    }

    public int faultyHouseholds() {
        return faults.values().stream().mapToInt(Integer::intValue).sum();
    }
}
