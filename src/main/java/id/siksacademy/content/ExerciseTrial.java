package id.siksacademy.content;

import id.siksacademy.scenario.ScenarioGenerator;
import java.util.List;
import java.util.Map;

/**
 * Generates every exercise's village at start-up with a few seeds, so that a fault mix that cannot fit
 * its households stops the application with the file, the line and the reason, instead of failing
 * when a trainee first opens the exercise.
 */
final class ExerciseTrial {

    /** Seeds tried when the exercise does not fix one: enough to meet an unlucky village. */
    static final long[] SEEDS = {1, 2, 3, 4, 5};

    private final ScenarioGenerator generator;

    ExerciseTrial(ScenarioGenerator generator) {
        this.generator = generator;
    }

    void check(List<Exercise> exercises, Map<String, FileText> files) {
        for (Exercise exercise : exercises) {
            var spec = exercise.scenario();
            long[] seeds = spec.seed() != null ? new long[] {spec.seed()} : SEEDS;
            for (long seed : seeds) {
                try {
                    generator.generate(spec, seed);
                } catch (IllegalArgumentException | IllegalStateException impossible) {
                    FileText file = files.get(exercise.id());
                    YamlNode faults = YamlNode.parse(file.name(), file.text()).get("scenario").get("faults");
                    throw faults.error("this fault mix cannot be generated (tried seed " + seed + "): "
                            + impossible.getMessage());
                }
            }
        }
    }
}
