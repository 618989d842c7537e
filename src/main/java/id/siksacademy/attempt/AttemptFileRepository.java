package id.siksacademy.attempt;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttemptFileRepository extends JpaRepository<AttemptFile, Long> {
}
