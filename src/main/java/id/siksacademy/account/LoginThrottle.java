package id.siksacademy.account;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits every login and logout, and locks an account after too many failures in a window
 * (by default 5 in 15 minutes locks it for 15 minutes).
 */
@Component
class LoginThrottle {

    private final UserAccountRepository users;
    private final LoginFailureRepository failures;
    private final AuditLog audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockDuration;

    LoginThrottle(UserAccountRepository users, LoginFailureRepository failures, AuditLog audit, Clock clock,
                  @Value("${siks.login.max-failures:5}") int maxFailures,
                  @Value("${siks.login.failure-window:15m}") Duration window,
                  @Value("${siks.login.lock-duration:15m}") Duration lockDuration) {
        this.users = users;
        this.failures = failures;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        failures.deleteByUsername(username);
        audit.record(username, AuditAction.LOGIN_SUCCESS, username, address(event.getAuthentication()), null);
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(username, AuditAction.LOGOUT, username, address(event.getAuthentication()), null);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = AccountService.normaliseUsername(String.valueOf(event.getAuthentication().getName()));
        String address = address(event.getAuthentication());
        String reason = event.getException().getClass().getSimpleName();
        audit.record(username, AuditAction.LOGIN_FAILURE, username, address, reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            users.findByUsername(username).ifPresent(account -> countFailure(account, address));
        }
    }

    private void countFailure(UserAccount account, String address) {
        var now = clock.instant();
        failures.save(new LoginFailure(account.getUsername(), now));
        long recent = failures.countByUsernameAndFailedAtAfter(account.getUsername(), now.minus(window));
        if (recent >= maxFailures) {
            account.lockUntil(now.plus(lockDuration));
            failures.deleteByUsername(account.getUsername());
            audit.record(AuditLog.SYSTEM, AuditAction.LOCKOUT, account.getUsername(), address,
                    recent + " failures; locked until " + now.plus(lockDuration));
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
