package id.siksacademy.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptRepository extends JpaRepository<Attempt, Long> {

    List<Attempt> findByOperatorOrderByStartedAtDesc(String operator);

    List<Attempt> findByOperatorInOrderByStartedAtDesc(java.util.Collection<String> operators);

    Optional<Attempt> findByOpenKey(String openKey);

    List<Attempt> findByStatusAndDeadlineAtLessThanEqual(AttemptStatus status, Instant now);
}
