package id.siksacademy.content;

import id.siksacademy.scenario.ScenarioGenerator;
import java.util.List;
import java.util.Map;

/**
 * Generates every exercise's village at start-up, as attempts will (a few starts, each drawing seeds
 * until one fits), so that a fault mix that cannot fit its households stops the application with the
 * file, the line and the reason, instead of failing when a trainee first opens the exercise.
 */
final class ExerciseTrial {

    /** Starts tried when the exercise does not fix a seed: each draws seeds from its own sequence. */
    static final long[] STARTS = {1, 2, 3, 4, 5};

    private final ScenarioGenerator generator;

    ExerciseTrial(ScenarioGenerator generator) {
        this.generator = generator;
    }

    void check(List<Exercise> exercises, Map<String, FileText> files) {
        for (Exercise exercise : exercises) {
            var spec = exercise.scenario();
            long[] starts = spec.seed() != null ? new long[] {spec.seed()} : STARTS;
            for (long start : starts) {
                try {
                    if (spec.seed() != null) {
                        generator.generate(spec, start);
                    } else {
                        var seeds = new java.util.SplittableRandom(start);
                        generator.fittingSeed(spec, seeds::nextLong);
                    }
                } catch (IllegalArgumentException | IllegalStateException impossible) {
                    FileText file = files.get(exercise.id());
                    YamlNode faults = YamlNode.parse(file.name(), file.text()).get("scenario").get("faults");
                    throw faults.error("this fault mix cannot be generated (" + (spec.seed() != null ? "seed " + start
                            : ScenarioGenerator.SEED_TRIES + " seeds tried") + "): " + impossible.getMessage());
                }
            }
        }
    }
}
