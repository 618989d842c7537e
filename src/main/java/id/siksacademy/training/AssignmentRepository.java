package id.siksacademy.training;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByCohortIdInOrderByDueOnAscIdAsc(Collection<Long> cohortIds);

    List<Assignment> findByCohortIdOrderByIdDesc(long cohortId);
}
