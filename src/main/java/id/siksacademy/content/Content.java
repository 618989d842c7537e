package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.NamePools;
import id.siksacademy.scenario.ScenarioGenerator;
import id.siksacademy.scenario.ScenarioSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything loaded from content/, validated and immutable. */
public record Content(Kabupaten kabupaten, NamePools names, List<Fault> faults, List<CriticalError> criticalErrors,
                      Map<String, ScenarioSpec> scenarios, List<Exercise> exercises, Curriculum curriculum) {

    public Content {
        faults = List.copyOf(faults);
        criticalErrors = List.copyOf(criticalErrors);
        scenarios = Map.copyOf(scenarios);
        exercises = List.copyOf(exercises);
    }

    public Optional<Exercise> exercise(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The frozen generation inputs of a spec, to store with an attempt. */
    public String snapshot(ScenarioSpec spec) {
        return ScenarioSnapshot.write(spec, kabupaten, names);
    }

    public Fault fault(FaultType type) {
        return faults.stream().filter(f -> f.type() == type).findFirst().orElseThrow();
    }

    public Optional<CriticalError> criticalError(String id) {
        return criticalErrors.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Optional<ScenarioSpec> scenario(String id) {
        return Optional.ofNullable(scenarios.get(id));
    }

    public ScenarioGenerator generator() {
        return new ScenarioGenerator(kabupaten, names);
    }
}
