package id.siksacademy.account;

import java.time.Instant;

/** A line of the audit log as the audit screen shows it; times are UTC. */
public record AuditEntry(Instant occurredAt, String actor, AuditAction action, String target,
                         String sourceAddress, String detail) {
}
