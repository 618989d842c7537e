package id.siksacademy.scenario;

import id.siksacademy.region.Village;
import java.util.List;

/**
 * A generated village (or region): registry truth, DTKS records with faults, field notes, answer
 * key, and the KKs of households proposing themselves (usulan baru), which the registry knows.
 */
public record Scenario(ScenarioSpec spec, long seed, int generatorVersion, List<Village> villages,
                       CivilRegistry registry, List<DtksHousehold> households, List<FieldNote> fieldNotes,
                       AnswerKey answerKey, List<Family> proposals) {

    public Scenario {
        villages = List.copyOf(villages);
        households = List.copyOf(households);
        fieldNotes = List.copyOf(fieldNotes);
        proposals = List.copyOf(proposals);
    }

    /** The village of a single-village scenario (the sandbox case). */
    public Village village() {
        return villages.getFirst();
    }

    public int memberCount() {
        return households.stream().mapToInt(h -> h.members().size()).sum();
    }
}
