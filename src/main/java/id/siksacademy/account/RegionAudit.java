package id.siksacademy.account;

import id.siksacademy.region.RegionEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Region master changes go into the audit log, in the transaction that makes them. */
@Component
class RegionAudit {

    private final AuditLog audit;

    RegionAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void imported(RegionEvents.ListImported e) {
        audit.record(e.actor(), AuditAction.REGION_IMPORT, e.kabupatenCode(), AuditLog.currentAddress(),
                e.kabupatenTitle() + ": " + e.kecamatan() + " kecamatan, " + e.villages() + " desa/kelurahan"
                        + (e.sourceFile() == null || e.sourceFile().isBlank() ? "" : " (" + e.sourceFile() + ")"));
    }

    @EventListener
    void homeChanged(RegionEvents.HomeChanged e) {
        audit.record(e.actor(), AuditAction.REGION_HOME, e.kabupatenCode(), AuditLog.currentAddress(), e.kabupatenTitle());
    }
}
