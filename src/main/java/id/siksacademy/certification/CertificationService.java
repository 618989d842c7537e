package id.siksacademy.certification;

import id.siksacademy.account.AccountService;
import id.siksacademy.account.AuditAction;
import id.siksacademy.account.AuditLog;
import id.siksacademy.base.security.CurrentUser;
import id.siksacademy.content.Content;
import id.siksacademy.region.Regions;
import id.siksacademy.content.Curriculum;
import id.siksacademy.scoring.AttemptResult;
import id.siksacademy.scoring.AttemptScored;
import id.siksacademy.scoring.CompetencyResult;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Certificates: issued when an exam is passed under curriculum.yaml's rules (inside the transaction
 * that stores the result, so exactly once: a result is stored once, and the attempt is unique among
 * certificates), downloaded as PDF, verified in public, expired by date, revoked by Dinsos.
 */
@Service
public class CertificationService {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final Duration NOTICE = Duration.ofDays(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CertificateRepository certificates;
    private final AccountService accounts;
    private final AuditLog audit;
    private final Content content;
    private final Regions regions;
    private final CurrentUser currentUser;
    private final VerificationThrottle throttle;
    private final CertificatePdf pdf;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CertificationService(CertificateRepository certificates, AccountService accounts, AuditLog audit, Content content,
                         CurrentUser currentUser, VerificationThrottle throttle, CertificatePdf pdf, Clock clock,
                         Regions regions) {
        this.regions = regions;
        this.certificates = certificates;
        this.accounts = accounts;
        this.audit = audit;
        this.content = content;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The level an exam result earns, if any: every rule of the level met, no critical error. */
    static Optional<Curriculum.CertificateLevel> earned(Curriculum curriculum, String exerciseId, AttemptResult r) {
        return curriculum.certification().stream()
                .filter(l -> l.exams().contains(exerciseId) || l.recertificationExam().equals(exerciseId))
                .filter(l -> r.passed() && r.criticalErrors().isEmpty() && r.falseFlagRate() <= l.maxFalseFlagRate()
                        && r.competencies().stream().allMatch(c -> c.score() == null || c.score() >= l.minPerCompetency()))
                .findFirst();
    }

    /** Runs as the operator whose result was just stored, in the same transaction. */
    @EventListener
    void onScored(AttemptScored scored) {
        var level = earned(content.curriculum(), scored.exerciseId(), scored.result());
        if (level.isEmpty() || certificates.existsByAttemptId(scored.attemptId())) {
            return;
        }
        Instant now = clock.instant();
        var stillValid = certificates.findByOperatorOrderByIssuedAtDesc(scored.operator()).stream()
                .filter(c -> c.getLevelId().equals(level.get().id()) && c.status(now) == CertificateStatus.BERLAKU)
                .anyMatch(c -> c.getExpiresAt().isAfter(now.plus(NOTICE)));
        if (stillValid) {
            return; // a certificate that runs for another month or more is not replaced
        }
        var scores = new LinkedHashMap<String, Double>();
        for (CompetencyResult c : scored.result().competencies()) {
            if (c.score() != null) {
                scores.put(c.competency(), c.score());
            }
        }
        Instant expires = now.atZone(WIB).plusMonths(level.get().validityMonths()).toInstant();
        var certificate = new Certificate(newCode(), scored.operator(), level.get().id(), scored.attemptId(),
                accounts.currentFullName(), accounts.currentDesa().orElse(null), JSON.writeValueAsString(scores), now,
                expires);
        certificates.saveAndFlush(certificate);
        audit.record(AuditAction.CERTIFICATE_ISSUE, scored.operator(), certificate.getCode());
    }

    /** The signed-in operator's certificates, newest first. */
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional(readOnly = true)
    public List<CertificateView> mine() {
        return certificates.findByOperatorOrderByIssuedAtDesc(me()).stream().map(this::view).toList();
    }

    /** Every certificate, newest first, for Dinsos. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public List<CertificateView> all() {
        return certificates.findAllByOrderByIssuedAtDesc().stream().map(this::view).toList();
    }

    /** The PDF of the operator's own certificate (any one, for Dinsos). */
    @PreAuthorize("hasAnyRole('OPERATOR', 'DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public byte[] pdf(String code, String verificationUrl) {
        var c = certificates.findByCode(code).filter(x -> currentUser.hasRole(id.siksacademy.account.Role.Names.DINSOS_ADMIN) || x.getOperator().equals(me()))
                .orElseThrow(CertificateNotFoundException::new);
        return pdf.render(view(c), publicView(c), verificationUrl);
    }

    /**
     * What the public verification page shows; empty for an unknown code. Unknown codes count against
     * the client address; too many refuse it for a while.
     */
    @Transactional(readOnly = true)
    public Optional<PublicCertificate> verify(String code, String clientAddress) {
        if (throttle.refused(clientAddress)) {
            throw new VerificationThrottledException();
        }
        var found = code == null || !code.matches("[A-Za-z0-9_-]{22}") ? Optional.<Certificate>empty()
                : certificates.findByCode(code);
        if (found.isEmpty()) {
            throttle.missed(clientAddress);
        }
        return found.map(this::publicView);
    }

    /** Revokes a certificate with a reason; audited; the verification page says dicabut at once. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional
    public void revoke(String code, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 5 || why.length() > 500) {
            throw new IllegalArgumentException("a revocation needs a reason of 5-500 characters");
        }
        var c = certificates.findByCode(code).orElseThrow(CertificateNotFoundException::new);
        if (c.getRevokedAt() != null) {
            return;
        }
        c.revoke(clock.instant(), me(), why);
        audit.record(AuditAction.CERTIFICATE_REVOKE, c.getOperator(), c.getCode() + ": " + why);
    }

    private CertificateView view(Certificate c) {
        Instant now = clock.instant();
        var level = content.curriculum().level(c.getLevelId());
        Map<String, Double> scores = JSON.readValue(c.getScoresJson(), new TypeReference<LinkedHashMap<String, Double>>() { });
        var status = c.status(now);
        return new CertificateView(c.getCode(), c.getOperator(), c.getFullName(), c.getDesaCode(), c.getLevelId(),
                level.map(l -> l.title().id()).orElse(c.getLevelId()), level.map(l -> l.title().en()).orElse(c.getLevelId()),
                c.getIssuedAt(), c.getExpiresAt(), status, c.getRevokedAt(), c.getRevokeReason(), scores,
                status == CertificateStatus.BERLAKU && c.getExpiresAt().isBefore(now.plus(NOTICE)));
    }

    private PublicCertificate publicView(Certificate c) {
        var kabupaten = regions.kabupatenOf(c.getDesaCode()).orElse(regions.home());
        var village = c.getDesaCode() == null ? null : kabupaten.village(c.getDesaCode()).orElse(null);
        var level = content.curriculum().level(c.getLevelId());
        return new PublicCertificate(c.getCode(), c.getFullName(),
                village == null ? "" : (village.isKelurahan() ? "Kelurahan " : "Desa ") + village.name(),
                village == null ? "" : kabupaten.kecamatanOf(village).map(k -> k.name()).orElse(""), c.getLevelId(),
                level.map(l -> l.title().id()).orElse(c.getLevelId()), level.map(l -> l.title().en()).orElse(c.getLevelId()),
                c.getIssuedAt(), c.getExpiresAt(), c.status(clock.instant()), c.getRevokedAt());
    }

    /** 128 random bits, URL-safe (22 characters). */
    private String newCode() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String me() {
        return currentUser.username().orElseThrow();
    }
}
