package id.siksacademy.scenario;

import id.siksacademy.region.Village;
import java.util.List;

/** A generated village (or region): registry truth, DTKS records with faults, field notes, answer key. */
public record Scenario(ScenarioSpec spec, long seed, int generatorVersion, List<Village> villages,
                       CivilRegistry registry, List<DtksHousehold> households, List<FieldNote> fieldNotes,
                       AnswerKey answerKey) {

    public Scenario {
        villages = List.copyOf(villages);
        households = List.copyOf(households);
        fieldNotes = List.copyOf(fieldNotes);
    }

    public int memberCount() {
        return households.stream().mapToInt(h -> h.members().size()).sum();
    }
}
