package id.siksacademy.account;

import java.time.Instant;

/** What the admin screens show of an account. */
public record UserSummary(long id, String username, String fullName, Role role, boolean enabled,
                          boolean locked, Instant createdAt, String desaCode) {
}
