package id.siksacademy.certification;

import java.time.Instant;
import java.util.Map;

/**
 * A certificate as its holder and Dinsos see it: with the competency scores and the revocation reason.
 * {@code expiringSoon}: valid, and expiring within 30 days (time to take the recertification exam).
 */
public record CertificateView(String code, String operator, String fullName, String desaCode, String levelId,
                              String levelTitleId, String levelTitleEn, Instant issuedAt, Instant expiresAt,
                              CertificateStatus status, Instant revokedAt, String revokeReason,
                              Map<String, Double> competencyScores, boolean expiringSoon) {
}
