package id.siksacademy.scoring;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredResultRepository extends JpaRepository<StoredResult, Long> {

    List<StoredResult> findByOperatorOrderByScoredAtAscAttemptIdAsc(String operator);

    List<StoredResult> findByOperatorInOrderByScoredAtAscAttemptIdAsc(java.util.Collection<String> operators);
}
