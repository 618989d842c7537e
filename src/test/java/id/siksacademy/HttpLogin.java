package id.siksacademy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Form logins over real HTTP, the way the login page does them: with the CSRF token from its meta tags. */
public final class HttpLogin {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final String[] extraHeaders;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /** The session cookie, kept by hand: sent even when marked Secure (the prod profile) over plain HTTP. */
    private String session;

    /** {@code extraHeaders}: name, value pairs sent with every request (e.g. a proxy's X-Forwarded-For). */
    public HttpLogin(int port, String... extraHeaders) {
        this.base = "http://localhost:" + port;
        this.extraHeaders = extraHeaders;
    }

    /** Logs in with a fresh login page's token; returns the response (302 to / or to /login?error). */
    public HttpResponse<String> login(String username, String password) {
        String page = get("/login").body();
        var token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        return post("/login", form(username, password) + "&_csrf=" + encode(token.group(1)));
    }

    /** A POST with no token, as another site's form would send it. */
    public HttpResponse<String> loginWithoutToken(String username, String password) {
        return post("/login", form(username, password));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Where a redirect points, without the host. */
    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").map(l -> l.replaceFirst("^https?://[^/]+", "")).orElse("");
    }

    private HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            request.header(extraHeaders[i], extraHeaders[i + 1]);
        }
        if (session != null) {
            request.header("Cookie", session);
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .reduce((a, b) -> b).ifPresent(c -> session = c.substring(0, c.indexOf(';') < 0 ? c.length()
                            : c.indexOf(';')));
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(String username, String password) {
        return "username=" + encode(username) + "&password=" + encode(password);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
