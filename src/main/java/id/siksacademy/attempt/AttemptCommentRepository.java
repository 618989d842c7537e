package id.siksacademy.attempt;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptCommentRepository extends JpaRepository<AttemptComment, Long> {

    List<AttemptComment> findByAttemptIdOrderByIdAsc(long attemptId);
}
