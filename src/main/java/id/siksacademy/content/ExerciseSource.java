package id.siksacademy.content;

import java.util.Optional;

/** Exercises that live outside content/ (built by trainers, stored in the database), found by id. */
public interface ExerciseSource {

    Optional<Exercise> exercise(String id);
}
