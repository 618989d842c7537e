package id.siksacademy.content;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every exercise by id: the files of content/ first, then any {@link ExerciseSource} (a trainer's
 * built exercises). Attempts, scoring and the sandbox look exercises up here, so a built exercise
 * works wherever a file one does. The public catalogue an operator browses stays content/'s.
 */
@Component
public class ExerciseCatalogue {

    private final Content content;
    private final ObjectProvider<ExerciseSource> sources;

    ExerciseCatalogue(Content content, ObjectProvider<ExerciseSource> sources) {
        this.content = content;
        this.sources = sources;
    }

    public Optional<Exercise> exercise(String id) {
        if (id == null) {
            return Optional.empty();
        }
        var file = content.exercise(id);
        if (file.isPresent()) {
            return file;
        }
        return sources.orderedStream().map(s -> s.exercise(id)).flatMap(Optional::stream).findFirst();
    }

    /** The exercises of content/, in training order. */
    public List<Exercise> files() {
        return content.exercises();
    }
}
