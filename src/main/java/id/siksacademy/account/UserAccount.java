package id.siksacademy.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

@Entity
@Table(name = "user_account")
class UserAccount {

    static final int USERNAME_MAX = 64;
    static final int FULL_NAME_MAX = 120;
    static final int CONTACT_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false, length = 8)
    private String locale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The operator's desa/kelurahan (Kemendagri code); null for other roles. */
    @Column(name = "desa_code", length = 13)
    private String desaCode;

    /** A phone number or e-mail address the trainer may use; optional. */
    @Column(length = CONTACT_MAX)
    private String contact;

    @Version
    private long version;

    protected UserAccount() {
    }

    /** An account without a password yet: {@link #setPassword} follows. */
    UserAccount(String username, String fullName, Role role, Instant createdAt) {
        this.username = username;
        this.fullName = fullName;
        this.role = role;
        this.enabled = true;
        this.locale = "id";
        this.createdAt = createdAt;
    }

    Long getId() { return id; }
    String getUsername() { return username; }
    String getFullName() { return fullName; }
    String getPasswordHash() { return passwordHash; }
    Role getRole() { return role; }
    boolean isEnabled() { return enabled; }
    boolean isPasswordChangeRequired() { return passwordChangeRequired; }
    Instant getLockedUntil() { return lockedUntil; }
    String getLocale() { return locale; }
    Instant getCreatedAt() { return createdAt; }
    String getDesaCode() { return desaCode; }
    String getContact() { return contact; }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    void setPassword(String passwordHash, boolean changeRequired) {
        this.passwordHash = passwordHash;
        this.passwordChangeRequired = changeRequired;
    }

    void setRole(Role role) { this.role = role; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
    void lockUntil(Instant until) { this.lockedUntil = until; }
    void unlock() { this.lockedUntil = null; }
    void setLocale(String locale) { this.locale = locale; }
    void setDesaCode(String desaCode) { this.desaCode = desaCode; }
    void setContact(String contact) { this.contact = contact; }

    UserSummary toSummary(Instant now) {
        return new UserSummary(id, username, fullName, role, enabled, isLockedAt(now), createdAt, desaCode);
    }

    OperatorProfile toProfile() {
        return new OperatorProfile(username, fullName, desaCode, contact, enabled, passwordChangeRequired);
    }
}
