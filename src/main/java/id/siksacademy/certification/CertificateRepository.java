package id.siksacademy.certification;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CertificateRepository extends JpaRepository<Certificate, Long> {

    Optional<Certificate> findByCode(String code);

    boolean existsByAttemptId(long attemptId);

    List<Certificate> findByOperatorOrderByIssuedAtDesc(String operator);

    List<Certificate> findAllByOrderByIssuedAtDesc();
}
