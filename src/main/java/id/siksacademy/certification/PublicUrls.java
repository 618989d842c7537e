package id.siksacademy.certification;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the public finds a certificate: {@code siks.public-url} (the address people reach the platform
 * at, e.g. https://siks-academy.patikab.go.id) plus /verifikasi/{code}. Printed on the PDF and in its
 * QR code. It must be an absolute http(s) address; the prod profile leaves it unset, so production
 * refuses to start without it. {@link #mismatch} says when a request reaches the app elsewhere.
 */
@Component
public class PublicUrls {

    private final String base;
    private final URI uri;

    PublicUrls(@Value("${siks.public-url:}") String configured) {
        String c = configured == null ? "" : configured.strip();
        if (c.isEmpty()) {
            throw new IllegalStateException("siks.public-url (SIKS_PUBLIC_URL) is not set: every certificate and its "
                    + "QR code carry the address the public reaches this platform at, e.g. "
                    + "SIKS_PUBLIC_URL=https://siks-academy.patikab.go.id");
        }
        this.base = c.endsWith("/") ? c.substring(0, c.length() - 1) : c;
        try {
            this.uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("siks.public-url (SIKS_PUBLIC_URL) is not an address: " + base, e);
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalStateException("siks.public-url (SIKS_PUBLIC_URL) must be an http(s) address with a host, "
                    + "e.g. https://siks-academy.patikab.go.id; it is " + base);
        }
    }

    public String verification(String code) {
        return base + "/verifikasi/" + code;
    }

    /** The configured origin, as people see it: {@code https://siks.example} or {@code http://localhost:8080}. */
    public String origin() {
        return origin(uri.getScheme(), uri.getHost(), uri.getPort());
    }

    /** Only this computer can open a loopback address: no QR code printed with it works anywhere else. */
    public boolean loopback() {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    /**
     * The origin a request reached the app at, when it is not the configured one (scheme, host and port
     * compared; default ports as such): then certificates point somewhere else than where users are.
     */
    public Optional<String> mismatch(String scheme, String host, int port) {
        String reached = origin(scheme, host, port);
        return reached.equals(origin()) ? Optional.empty() : Optional.of(reached);
    }

    static String origin(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || ("http".equals(s) && port == 80) || ("https".equals(s) && port == 443);
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
