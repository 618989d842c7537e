package id.siksacademy.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface FieldQualityRepository extends JpaRepository<FieldQuality, Long> {

    Optional<FieldQuality> findByDesaCodeAndMonth(String desaCode, LocalDate month);
}
