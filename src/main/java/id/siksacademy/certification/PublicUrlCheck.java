package id.siksacademy.certification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up when {@code siks.public-url} cannot be how people reach this server: a loopback
 * address on another port than the one it listens on, or a loopback address at all (only this
 * computer can open the QR codes). The Dinsos certificate page says it again, per request.
 */
@Component
class PublicUrlCheck {

    private static final Logger LOG = LoggerFactory.getLogger(PublicUrlCheck.class);

    private final PublicUrls urls;

    PublicUrlCheck(PublicUrls urls) {
        this.urls = urls;
    }

    @EventListener
    void started(WebServerInitializedEvent event) {
        if (!urls.loopback()) {
            return; // a real host name: whether it leads here is the proxy's and DNS's business
        }
        int port = event.getWebServer().getPort();
        var reached = urls.mismatch(urls.origin().startsWith("https:") ? "https" : "http", "localhost", port);
        if (reached.isPresent()) {
            LOG.warn("siks.public-url is {} but this server listens on {}: every certificate and QR code will point to "
                    + "the wrong address. Set SIKS_PUBLIC_URL to the address people reach the platform at.",
                    urls.origin(), reached.get());
        } else {
            LOG.info("siks.public-url is {}: only this computer can open the certificates' QR codes; set SIKS_PUBLIC_URL "
                    + "to the address people reach the platform at before certificates are issued.", urls.origin());
        }
    }
}
