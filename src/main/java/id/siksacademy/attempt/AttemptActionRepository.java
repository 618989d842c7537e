package id.siksacademy.attempt;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptActionRepository extends JpaRepository<AttemptAction, Long> {

    List<AttemptAction> findByAttemptIdOrderBySeq(long attemptId);
}
