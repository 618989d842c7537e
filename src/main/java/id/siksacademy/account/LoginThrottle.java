package id.siksacademy.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts password checks (the login form and the current-password field of the change-password page)
 * and locks an account after too many failures in a window (by default 5 in 15 minutes locks it for
 * 15 minutes). It fails closed: every check is recorded as a failure before the password is looked
 * at and cleared only once it succeeded, so a check that cannot be recorded does not happen, and an
 * account whose lock could not be written stays locked by its count of failures. Each step commits
 * on its own, so the audit of a failure survives whatever happens to the request after it.
 */
@Component
class LoginThrottle {

    /** A check in progress: who, and whether such an account exists (unknown names cannot be locked). */
    record Check(String username, boolean known) {
    }

    /** The account is locked; nothing was checked. */
    static final class Locked extends RuntimeException {
        Locked() {
            super("account locked");
        }
    }

    private final UserAccountRepository users;
    private final LoginFailureRepository failures;
    private final AuditLog audit;
    private final SessionTerminator sessions;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;

    LoginThrottle(UserAccountRepository users, LoginFailureRepository failures, AuditLog audit,
                  SessionTerminator sessions, Clock clock, PlatformTransactionManager transactions,
                  @Value("${siks.login.max-failures:5}") int maxFailures,
                  @Value("${siks.login.failure-window:15m}") Duration window,
                  @Value("${siks.login.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.failures = failures;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    /**
     * Before a password is checked: refuses a locked account ({@link Locked}) and records the check
     * as a failure until {@link #succeeded} clears it. Throws whatever stops the recording.
     */
    Check begin(String username) {
        return ownTransaction.execute(status -> {
            var account = users.findByUsername(username);
            if (account.isEmpty()) {
                return new Check(username, false);
            }
            Instant now = clock.instant();
            if (isLocked(account.get(), now)) {
                throw new Locked();
            }
            failures.save(new LoginFailure(username, now));
            return new Check(username, true);
        });
    }

    /** The password was right: its provisional failure and earlier ones are cleared. */
    void succeeded(Check check, AuditAction audited, String address) {
        if (check.known()) {
            ownTransaction.executeWithoutResult(status -> failures.deleteByUsername(check.username()));
        }
        if (audited != null) {
            audit.recordIndependently(check.username(), audited, check.username(), address, null);
        }
    }

    /**
     * The password was wrong (or the account locked): audited first, then counted; at the limit the
     * lockout is audited and the account locked, which also ends its open sessions.
     */
    void failed(Check check, AuditAction audited, String address, String reason) {
        audit.recordIndependently(check.username(), audited, check.username(), address, reason);
        if (!check.known()) {
            return;
        }
        Instant now = clock.instant();
        long recent = ownTransaction.execute(status -> failures.countByUsernameAndFailedAtAfter(check.username(),
                now.minus(window)));
        if (recent < maxFailures) {
            return;
        }
        Instant until = now.plus(lockDuration);
        audit.recordIndependently(AuditLog.SYSTEM, AuditAction.LOCKOUT, check.username(), address,
                AuditDetail.lockout(recent, until));
        ownTransaction.executeWithoutResult(status -> {
            users.findByUsername(check.username()).ifPresent(a -> a.lockUntil(until));
            failures.deleteByUsername(check.username());
        });
        sessions.endAllSessionsOf(check.username());
    }

    /** Locked until a recorded time, or by a count of failures whose lock could not be written. */
    boolean isLocked(UserAccount account, Instant now) {
        return account.isLockedAt(now)
                || failures.countByUsernameAndFailedAtAfter(account.getUsername(), now.minus(window)) >= maxFailures;
    }
}
