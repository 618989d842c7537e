package id.siksacademy.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(length = 120)
    private String target;

    @Column(name = "source_address", length = 64)
    private String sourceAddress;

    @Column(length = 255)
    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, String actor, AuditAction action, String target, String sourceAddress,
               String detail) {
        this.occurredAt = occurredAt;
        this.actor = cut(actor, 64);
        this.action = action;
        this.target = cut(target, 120);
        this.sourceAddress = cut(sourceAddress, 64);
        this.detail = cut(detail, 255);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    AuditEntry toEntry() {
        return new AuditEntry(occurredAt, actor, action, target, sourceAddress, detail);
    }
}
