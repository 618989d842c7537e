package id.siksacademy.scenario;

import java.util.Arrays;
import java.util.Optional;

/**
 * The welfare database a scenario belongs to: DTKS as it was until 2024 (the Pati BST list of 2021),
 * or DTSEN since Inpres 4/2025 (desil 1-10, PKH, Sembako, PBI-JK, the monthly calendar).
 */
public enum Regime {
    DTKS_2020("dtks-2020"),
    DTSEN_2025("dtsen-2025");

    public final String id;

    Regime(String id) {
        this.id = id;
    }

    public static Optional<Regime> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    public boolean dtsen() {
        return this == DTSEN_2025;
    }
}
