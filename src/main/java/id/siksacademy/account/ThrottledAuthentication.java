package id.siksacademy.account;

import java.nio.charset.StandardCharsets;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The login form's password check, throttled and audited: the attempt is recorded before the
 * password is looked at (see {@link LoginThrottle}); if it cannot be recorded, the login fails.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthentication(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = AccountService.normaliseUsername(String.valueOf(authentication.getName()));
        String address = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        LoginThrottle.Check check;
        try {
            check = throttle.begin(username);
        } catch (LoginThrottle.Locked locked) {
            throttle.failed(new LoginThrottle.Check(username, false), AuditAction.LOGIN_FAILURE, address,
                    AuditDetail.reason("LockedException"));
            throw new LockedException("locked");
        } catch (RuntimeException cannotRecord) { // fail closed: no check that is not counted
            throw new InternalAuthenticationServiceException("login attempts cannot be recorded", cannotRecord);
        }
        Authentication result;
        try {
            result = passwords.authenticate(withinBcryptLimit(authentication));
        } catch (AuthenticationException wrong) {
            recorded(() -> throttle.failed(check, AuditAction.LOGIN_FAILURE, address,
                    AuditDetail.reason(wrong.getClass().getSimpleName())));
            throw wrong;
        }
        recorded(() -> throttle.succeeded(check, AuditAction.LOGIN_SUCCESS, address));
        return result;
    }

    /** A login whose outcome (audit, count, lock) cannot be recorded fails. */
    private static void recorded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException cannotRecord) {
            throw new InternalAuthenticationServiceException("the login cannot be recorded", cannotRecord);
        }
    }

    /** No stored password exceeds BCrypt's 72 bytes, so a longer one is simply wrong (BCrypt would throw). */
    private static Authentication withinBcryptLimit(Authentication authentication) {
        Object password = authentication.getCredentials();
        if (password != null && password.toString().getBytes(StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES) {
            throw new BadCredentialsException("longer than any stored password");
        }
        return authentication;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
