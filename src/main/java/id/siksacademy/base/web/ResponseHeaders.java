package id.siksacademy.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security and caching headers on every response, set before anything else runs (Vaadin's bootstrap
 * page and error responses bypass Spring Security's header writer). Pages and Vaadin's JSON are never
 * stored; files whose name or path carries a hash or version are cached for a year; our own small
 * assets are revalidated.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class ResponseHeaders extends OncePerRequestFilter {

    /**
     * What pages may load. Vaadin needs inline and evaluated scripts and inline styles (its client
     * engine runs the server's executeJs through Function); everything else comes from this origin.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String REVALIDATE = "no-cache";
    static final String NEVER_STORE = "no-store";

    /** Vaadin's hashed bundle files and version-numbered webjars. */
    private static final Pattern FINGERPRINTED = Pattern.compile(
            "^/(VAADIN/build/.+-[A-Za-z0-9_-]{8}\\.[a-z0-9]+|webjars/[^/]+/\\d[^/]*/.+)$");
    private static final Pattern OWN_ASSETS = Pattern.compile("^/(assets/.+|favicon\\.ico)$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", cacheControl(request.getRequestURI().substring(request.getContextPath().length())));
        chain.doFilter(request, response);
    }

    static String cacheControl(String path) {
        if (FINGERPRINTED.matcher(path).matches()) {
            return IMMUTABLE;
        }
        return OWN_ASSETS.matcher(path).matches() ? REVALIDATE : NEVER_STORE;
    }
}
