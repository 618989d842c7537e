package id.siksacademy.content;

import id.siksacademy.scenario.FaultType;

/** A fault of the catalogue with what trainers and trainees read about it. */
public record Fault(FaultType type, String competency, int severity, Detection detectableBy,
                    LocalizedText explanation, LocalizedText consequence, LocalizedText correctAction) {

    /** How an operator can discover the fault with what the sandbox shows. */
    public enum Detection { FORMAT, REGISTRY, FIELD_NOTE, JUDGMENT }
}
