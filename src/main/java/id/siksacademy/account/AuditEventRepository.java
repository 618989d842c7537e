package id.siksacademy.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    Page<AuditEvent> findByAction(AuditAction action, Pageable pageable);

    long countByActionAndTarget(AuditAction action, String target);
}
