package id.siksacademy.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A failed login with a known username, kept while it counts towards a lockout. */
@Entity
@Table(name = "login_failure")
class LoginFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {
    }

    LoginFailure(String username, Instant failedAt) {
        this.username = username;
        this.failedAt = failedAt;
    }
}
