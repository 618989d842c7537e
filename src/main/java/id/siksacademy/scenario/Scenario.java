package id.siksacademy.scenario;

import id.siksacademy.region.Village;
import java.util.List;

/**
 * A generated village (or region): registry truth, DTKS records with faults, field notes, the central
 * anomaly lists, the answer key, and the households proposing themselves (usulan baru).
 */
public record Scenario(ScenarioSpec spec, long seed, int generatorVersion, List<Village> villages,
                       CivilRegistry registry, List<DtksHousehold> households, List<FieldNote> fieldNotes,
                       List<Anomaly> anomalies, AnswerKey answerKey, List<Proposal> proposals) {

    public Scenario {
        villages = List.copyOf(villages);
        households = List.copyOf(households);
        fieldNotes = List.copyOf(fieldNotes);
        anomalies = List.copyOf(anomalies);
        proposals = List.copyOf(proposals);
    }

    /** The village of a single-village scenario (the sandbox case). */
    public Village village() {
        return villages.getFirst();
    }

    public int memberCount() {
        return households.stream().mapToInt(h -> h.members().size()).sum();
    }

    public Regime regime() {
        return spec.regime();
    }
}
