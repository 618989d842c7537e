package id.siksacademy;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Runs a piece of a test as another signed-in user, through the strategy method security reads. */
public final class As {

    private final SecurityContextHolderStrategy security;

    public As(SecurityContextHolderStrategy security) {
        this.security = security;
    }

    public <T> T user(String username, String role, Supplier<T> work) {
        var original = security.getContext();
        try {
            var context = security.createEmptyContext();
            context.setAuthentication(new UsernamePasswordAuthenticationToken(username, "x",
                    AuthorityUtils.createAuthorityList("ROLE_" + role)));
            security.setContext(context);
            return work.get();
        } finally {
            security.setContext(original);
        }
    }

    public void run(String username, String role, Runnable work) {
        user(username, role, () -> {
            work.run();
            return null;
        });
    }
}
