package id.siksacademy.account;

import id.siksacademy.base.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The security audit trail: who did what to whom, when (UTC) and from where. */
@Service
public class AuditLog {

    static final String SYSTEM = "system";

    private final AuditEventRepository events;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(AuditEventRepository events, CurrentUser currentUser, Clock clock) {
        this.events = events;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records an action of the signed-in user (or "system") on the current request's address. Other
     * features record their own audited acts here (a certificate issued or revoked).
     */
    @Transactional
    public void record(AuditAction action, String target, String detail) {
        record(currentUser.username().orElse(SYSTEM), action, target, currentAddress(), detail);
    }

    /** Records an action whose actor and address are known, as part of the caller's transaction. */
    @Transactional
    void record(String actor, AuditAction action, String target, String sourceAddress, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, target, sourceAddress, detail));
    }

    /** Records in a transaction of its own: kept even if the caller's work then fails (login failures, lockouts). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordIndependently(String actor, AuditAction action, String target, String sourceAddress, String detail) {
        events.save(new AuditEvent(clock.instant(), actor, action, target, sourceAddress, detail));
    }

    /** Newest first, whatever sort the caller asked for; optionally one action only. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEntry> list(AuditAction action, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "occurredAt", "id"));
        var result = action == null ? events.findAll(page) : events.findByAction(action, page);
        return result.map(AuditEvent::toEntry).getContent();
    }

    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public long count(AuditAction action, String target) {
        return events.countByActionAndTarget(action, target);
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
