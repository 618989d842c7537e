package id.siksacademy.account;

import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open sessions (after disabling, a reset or a role change). Spring Security's
 * concurrent-session filter then logs the session out on its next request.
 */
@Component
class SessionTerminator {

    private final SessionRegistry registry;

    SessionTerminator(SessionRegistry registry) {
        this.registry = registry;
    }

    int endAllSessionsOf(String username) {
        return endOtherSessionsOf(username, null);
    }

    /** Ends the user's sessions but the one given (the session they are using now). */
    int endOtherSessionsOf(String username, String keptSessionId) {
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
                for (var session : registry.getAllSessions(principal, false)) {
                    if (!session.getSessionId().equals(keptSessionId)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
        }
        return ended;
    }
}
