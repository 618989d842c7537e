package id.siksacademy.training;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BuiltExerciseRepository extends JpaRepository<BuiltExercise, Long> {

    Optional<BuiltExercise> findByExerciseId(String exerciseId);

    @Query("select b from BuiltExercise b where b.version = (select max(x.version) from BuiltExercise x"
            + " where x.family = b.family) order by b.createdAt desc")
    List<BuiltExercise> findLatest();

    @Query("select coalesce(max(b.version), 0) from BuiltExercise b where b.family = ?1")
    int maxVersion(String family);

    Optional<BuiltExercise> findFirstByFamilyOrderByVersionAsc(String family);
}
