package id.siksacademy.scenario;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What to generate: a region (kabupaten, kecamatan or desa code), the number of households, the
 * fault mix as counts, the date of the data, the regime (DTKS 2020 or DTSEN 2025) and an optional
 * fixed seed. {@code allVillages} spreads households over every village of the region; otherwise the
 * generator picks one village in it (the sandbox case). {@code proposals} new households come to the
 * village office with their KK (usulan baru); the registry knows them, DTKS does not yet.
 */
public record ScenarioSpec(String id, String regionCode, boolean allVillages, int households, LocalDate asOf,
                           Map<FaultType, Integer> faults, int proposals, Long seed, Regime regime) {

    public ScenarioSpec {
        var copy = new EnumMap<FaultType, Integer>(FaultType.class);
        copy.putAll(faults);
        copy.remove(FaultType.CLEAN);
        faults = Collections.unmodifiableMap(copy);
        regime = regime == null ? Regime.DTSEN_2025 : regime;
    }

    /** A DTSEN spec. */
    public ScenarioSpec(String id, String regionCode, boolean allVillages, int households, LocalDate asOf,
                        Map<FaultType, Integer> faults, int proposals, Long seed) {
        this(id, regionCode, allVillages, households, asOf, faults, proposals, seed, Regime.DTSEN_2025);
    }

    /** A DTSEN spec without proposals (usulan baru). */
    public ScenarioSpec(String id, String regionCode, boolean allVillages, int households, LocalDate asOf,
                        Map<FaultType, Integer> faults, Long seed) {
        this(id, regionCode, allVillages, households, asOf, faults, 0, seed, Regime.DTSEN_2025);
    }

    public int faultyHouseholds() {
        return faults.values().stream().mapToInt(Integer::intValue).sum();
    }

    public ScenarioSpec withId(String newId) {
        return new ScenarioSpec(newId, regionCode, allVillages, households, asOf, faults, proposals, seed, regime);
    }
}
