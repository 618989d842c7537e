package id.siksacademy.base.security;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The signed-in user's name, read through the same security-context strategy that method
 * security uses (Vaadin installs its own, bound to the Vaadin session).
 */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy strategy;

    public CurrentUser(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<String> username() {
        var auth = strategy.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return Optional.of(auth.getName());
    }

    /** Whether the signed-in user has this role (its name without the ROLE_ prefix). */
    public boolean hasRole(String role) {
        var auth = strategy.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + role).equals(a.getAuthority()));
    }
}
