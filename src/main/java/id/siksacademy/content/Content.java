package id.siksacademy.content;

import id.siksacademy.region.Kabupaten;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.NamePools;
import id.siksacademy.scenario.ScenarioGenerator;
import id.siksacademy.scenario.ScenarioSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Everything loaded from content/, validated and immutable. */
public record Content(Kabupaten kabupaten, NamePools names, OriginsAtlas origins, List<Fault> faults, List<CriticalError> criticalErrors,
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

    /** The frozen generation inputs of a spec in {@code region} (the kabupaten its region lies in), to store with an attempt. */
    public String snapshot(ScenarioSpec spec, Kabupaten region) {
        return ScenarioSnapshot.write(spec, region, names, origins.of(region));
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

    /**
     * Reads a built exercise (see {@link ExerciseDraft#toYaml}) as content/ would read its file, in the
     * kabupaten its region lies in ({@code kabupatenOf}; content/'s when none), then tries to generate
     * its village as attempts will: a broken or impossible one fails with the reason. {@code trial}
     * false when it was tried when saved.
     */
    public Exercise parseBuilt(String id, String yaml, Function<String, Optional<Kabupaten>> kabupatenOf, boolean trial) {
        var competencyIds = new java.util.HashSet<String>();
        curriculum.competencies().forEach(c -> competencyIds.add(c.id()));
        var ids = new java.util.HashSet<String>();
        exercises.forEach(e -> ids.add(e.id()));
        ids.add(id);
        String file = "pelatih/" + id + ".yaml";
        Kabupaten region = YamlNode.parse(file, yaml).optional("scenario").flatMap(s -> s.optional("region"))
                .flatMap(r -> kabupatenOf.apply(r.text())).orElse(kabupaten);
        var exercise = ExerciseParser.parse(file, yaml, region, competencyIds, ids);
        if (trial) {
            new ExerciseTrial(generator(region)).check(List.of(exercise), Map.of(id, new FileText(file, yaml)));
        }
        return exercise;
    }

    /** A generator for content/'s own kabupaten. */
    public ScenarioGenerator generator() {
        return generator(kabupaten);
    }

    public ScenarioGenerator generator(Kabupaten region) {
        return new ScenarioGenerator(region, names, origins.of(region));
    }
}
