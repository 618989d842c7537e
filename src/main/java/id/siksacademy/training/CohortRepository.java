package id.siksacademy.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CohortRepository extends JpaRepository<Cohort, Long> {

    @Query("select c from Cohort c join c.trainers t where t = ?1 order by c.startsOn desc, c.id desc")
    List<Cohort> findByTrainer(String trainer);

    @Query("select c from Cohort c join c.members m where m = ?1 order by c.startsOn desc, c.id desc")
    List<Cohort> findByMember(String operator);

    List<Cohort> findAllByOrderByStartsOnDescIdDesc();

    @Query("select distinct m from Cohort c join c.trainers t join c.members m where t = ?1")
    java.util.Set<String> operatorsOf(String trainer);

    @Query("select count(c) > 0 from Cohort c join c.trainers t join c.members m where t = ?1 and m = ?2")
    boolean trainerOversees(String trainer, String operator);
}
