package id.siksacademy.certification;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /verifikasi/{code}.json}: what the verification page says, for other systems; no login. */
@RestController
class VerificationController {

    private final CertificationService certification;

    VerificationController(CertificationService certification) {
        this.certification = certification;
    }

    @GetMapping(value = "/verifikasi/{code}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> verify(@PathVariable String code, HttpServletRequest request) {
        try {
            return certification.verify(code, request.getRemoteAddr()).map(c -> ResponseEntity.ok(body(c)))
                    .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                            .body(Map.of("code", code, "status", "TIDAK_DITEMUKAN")));
        } catch (VerificationThrottledException e) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", "600")
                    .body(Map.of("status", "TERLALU_BANYAK_PERCOBAAN"));
        }
    }

    private static Map<String, Object> body(PublicCertificate c) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", c.code());
        body.put("name", c.name());
        body.put("desa", c.desa());
        body.put("kecamatan", c.kecamatan());
        body.put("level", c.levelId());
        body.put("level_title", c.level());
        body.put("issued_at", c.issuedAt().toString());
        body.put("expires_at", c.expiresAt().toString());
        body.put("status", c.status().name());
        body.put("revoked_at", c.revokedAt() == null ? null : c.revokedAt().toString());
        return body;
    }
}
