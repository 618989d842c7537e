package id.siksacademy.training;

import id.siksacademy.content.Content;
import id.siksacademy.content.Exercise;
import id.siksacademy.content.ExerciseSource;
import id.siksacademy.region.Regions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Built exercises for the whole application, by id: read from the database once and kept (a saved
 * version never changes). Not a security boundary: who may build, see and assign them is the
 * builder's and the assignments' business; who may start one, {@link BuiltExerciseGuard}'s.
 */
@Component
class BuiltExercises implements ExerciseSource {

    private final BuiltExerciseRepository repository;
    private final Content content;
    private final Regions regions;
    private final Map<String, Exercise> cache = new ConcurrentHashMap<>();

    BuiltExercises(BuiltExerciseRepository repository, Content content, Regions regions) {
        this.regions = regions;
        this.repository = repository;
        this.content = content;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Exercise> exercise(String id) {
        if (id == null || !id.startsWith(ExerciseBuilderService.PREFIX)) {
            return Optional.empty();
        }
        var cached = cache.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return repository.findByExerciseId(id).map(b -> {
            var exercise = content.parseBuilt(b.getExerciseId(), b.getYaml(), regions::kabupatenOf, false); // tried when it was saved
            cache.put(id, exercise);
            return exercise;
        });
    }
}
