package id.siksacademy.content;

import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Regime;

/** A fault of the catalogue with what trainers and trainees read about it. */
public record Fault(FaultType type, String competency, int severity, Detection detectableBy,
                    LocalizedText explanation, LocalizedText consequence, LocalizedText consequenceDtks2020,
                    LocalizedText correctAction) {

    /** The consequence in the scenario's regime: DTKS 2020 had BST, DTSEN has PKH, Sembako and PBI-JK. */
    public LocalizedText consequence(Regime regime) {
        return regime == Regime.DTKS_2020 && consequenceDtks2020 != null ? consequenceDtks2020 : consequence;
    }

    /** How an operator can discover the fault with what the sandbox shows. */
    public enum Detection { FORMAT, REGISTRY, FIELD_NOTE, JUDGMENT }
}
