package id.siksacademy.certification;

import java.time.Instant;

/**
 * What anyone holding the code may learn: the name, the desa, the level, the dates and the status,
 * and nothing more personal (no username, NIK, contact or scores).
 */
public record PublicCertificate(String code, String name, String desa, String kecamatan, String levelId, String level,
                                String levelEn, Instant issuedAt, Instant expiresAt, CertificateStatus status,
                                Instant revokedAt) {
}
