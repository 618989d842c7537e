package id.siksacademy.scenario;

import id.siksacademy.content.Content;
import id.siksacademy.content.ContentLoader;
import java.nio.file.Path;

/** The real content/ of the repository, loaded once for the domain tests. */
public final class TestContent {

    private static Content content;

    private TestContent() {
    }

    public static synchronized Content get() {
        if (content == null) {
            content = ContentLoader.at(Path.of("content")).load("pati.yaml");
        }
        return content;
    }

    public static ScenarioSpec village() {
        return get().scenario("desa-latihan-120").orElseThrow();
    }

    /**
     * The scenario of a seed, or, where that village cannot hold the fault mix, of the seed an attempt
     * would settle on next (drawn from this one): tests meet what trainees meet.
     */
    public static Scenario generate(ScenarioSpec spec, long seed) {
        try {
            return get().generator().generate(spec, seed);
        } catch (IllegalArgumentException doesNotFit) {
            var seeds = new java.util.SplittableRandom(seed);
            return get().generator().generate(spec, get().generator().fittingSeed(spec, seeds::nextLong));
        }
    }
}
