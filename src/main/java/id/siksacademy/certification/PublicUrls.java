package id.siksacademy.certification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the public finds a certificate: {@code siks.public-url} (the address people reach the platform
 * at, e.g. https://siks-academy.patikab.go.id) plus /verifikasi/{code}. Printed on the PDF and in its QR code.
 */
@Component
public class PublicUrls {

    private final String base;

    PublicUrls(@Value("${siks.public-url:http://localhost:8080}") String configured) {
        this.base = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    public String verification(String code) {
        return base + "/verifikasi/" + code;
    }
}
