package id.siksacademy.account;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Audits logouts; logins are audited where they are checked ({@link ThrottledAuthentication}). */
@Component
class LogoutAudit {

    private final AuditLog audit;

    LogoutAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails d
                ? d.getRemoteAddress() : null;
        audit.recordIndependently(username, AuditAction.LOGOUT, username, address, null);
    }
}
