package id.siksacademy.certification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One certificate: who, which level, from which exam attempt, when, until when, and any revocation. */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 64)
    private String operator;

    @Column(name = "level_id", nullable = false, length = 40)
    private String levelId;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "desa_code", length = 13)
    private String desaCode;

    @Column(name = "scores_json", nullable = false, length = 2000)
    private String scoresJson;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 64)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    protected Certificate() {
    }

    Certificate(String code, String operator, String levelId, long attemptId, String fullName, String desaCode,
                String scoresJson, Instant issuedAt, Instant expiresAt) {
        this.code = code;
        this.operator = operator;
        this.levelId = levelId;
        this.attemptId = attemptId;
        this.fullName = fullName;
        this.desaCode = desaCode;
        this.scoresJson = scoresJson;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
    }

    String getCode() { return code; }
    String getOperator() { return operator; }
    String getLevelId() { return levelId; }
    long getAttemptId() { return attemptId; }
    String getFullName() { return fullName; }
    String getDesaCode() { return desaCode; }
    String getScoresJson() { return scoresJson; }
    Instant getIssuedAt() { return issuedAt; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getRevokedAt() { return revokedAt; }
    String getRevokeReason() { return revokeReason; }

    void revoke(Instant at, String by, String reason) {
        this.revokedAt = at;
        this.revokedBy = by;
        this.revokeReason = reason;
    }

    CertificateStatus status(Instant now) {
        return revokedAt != null ? CertificateStatus.DICABUT
                : now.isAfter(expiresAt) ? CertificateStatus.KEDALUWARSA : CertificateStatus.BERLAKU;
    }
}
