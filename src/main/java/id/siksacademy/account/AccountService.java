package id.siksacademy.account;

import id.siksacademy.base.security.CurrentUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: what administrators do to them and what users do to their own. */
@Service
public class AccountService {

    private static final String TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int TEMP_LENGTH = 12;

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final SessionTerminator sessions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountService(UserAccountRepository users, PasswordEncoder encoder, AuditLog audit,
                   SessionTerminator sessions, CurrentUser currentUser, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> list(String filter, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                pageable.getSort().isSorted() ? pageable.getSort() : Sort.by("username"));
        String f = filter == null ? "" : filter.trim();
        var now = clock.instant();
        return users.findByUsernameContainingIgnoreCaseOrFullNameContainingIgnoreCase(f, f, page)
                .map(u -> u.toSummary(now)).getContent();
    }

    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional
    public UserSummary create(NewUser request) {
        String username = normaliseUsername(request.username());
        if (!username.matches(NewUser.USERNAME_PATTERN) || username.length() < 3
                || username.length() > NewUser.USERNAME_MAX) {
            throw new AccountRejectedException("account.username.invalid");
        }
        String fullName = request.fullName() == null ? "" : request.fullName().trim();
        if (fullName.isEmpty() || fullName.length() > NewUser.FULL_NAME_MAX) {
            throw new AccountRejectedException("account.full-name.invalid");
        }
        if (request.role() == null) {
            throw new AccountRejectedException("account.role.required");
        }
        if (users.existsByUsername(username)) {
            throw new AccountRejectedException("account.username.taken");
        }
        requireAcceptable(request.password(), username);
        var account = new UserAccount(username, fullName, request.role(), clock.instant());
        account.setPassword(encoder.encode(request.password()), true); // the administrator knows it: change at first login
        users.save(account);
        audit.record(AuditAction.USER_CREATE, username, "role=" + request.role());
        return account.toSummary(clock.instant());
    }

    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional
    public void changeRole(long userId, Role role) {
        var account = find(userId);
        refuseSelf(account);
        if (role == null || role == account.getRole()) {
            return;
        }
        audit.record(AuditAction.ROLE_CHANGE, account.getUsername(), account.getRole() + " -> " + role);
        account.setRole(role);
        // The old role's rights live in the open sessions: end them.
        sessions.endAllSessionsOf(account.getUsername());
    }

    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        var account = find(userId);
        refuseSelf(account);
        if (account.isEnabled() == enabled) {
            return;
        }
        account.setEnabled(enabled);
        if (enabled) {
            account.unlock();
            audit.record(AuditAction.USER_ENABLE, account.getUsername(), null);
        } else {
            audit.record(AuditAction.USER_DISABLE, account.getUsername(), null);
            sessions.endAllSessionsOf(account.getUsername());
        }
    }

    /** Sets a random temporary password, which the user must change at the next login. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional
    public String resetPassword(long userId) {
        var account = find(userId);
        String temporary = temporaryPassword();
        account.setPassword(encoder.encode(temporary), true);
        account.unlock();
        audit.record(AuditAction.PASSWORD_RESET, account.getUsername(), null);
        sessions.endAllSessionsOf(account.getUsername());
        return temporary;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var account = current();
        if (currentPassword == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
            throw new AccountRejectedException("password.current-wrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new AccountRejectedException("password.same-as-current");
        }
        requireAcceptable(newPassword, account.getUsername());
        account.setPassword(encoder.encode(newPassword), false);
        audit.record(AuditAction.PASSWORD_CHANGE, account.getUsername(), null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return currentUser.username().flatMap(users::findByUsername)
                .map(UserAccount::isPasswordChangeRequired).orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String currentFullName() {
        return current().getFullName();
    }

    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public long countByRole(Role role) {
        return users.countByRoleAndEnabledTrue(role);
    }

    UserAccount current() {
        return currentUser.username().flatMap(users::findByUsername)
                .orElseThrow(() -> new AccountRejectedException("account.not-found"));
    }

    void setOwnLocale(Locale locale) {
        current().setLocale(locale.getLanguage());
    }

    private UserAccount find(long userId) {
        return users.findById(userId).orElseThrow(() -> new AccountRejectedException("account.not-found"));
    }

    private void refuseSelf(UserAccount account) {
        if (currentUser.username().filter(account.getUsername()::equals).isPresent()) {
            throw new AccountRejectedException("account.not-on-self");
        }
    }

    private static void requireAcceptable(String password, String username) {
        PasswordPolicy.violation(password, username).ifPresent(key -> {
            throw new AccountRejectedException(key);
        });
    }

    static String normaliseUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private String temporaryPassword() {
        var sb = new StringBuilder(TEMP_LENGTH);
        for (int i = 0; i < TEMP_LENGTH; i++) {
            sb.append(TEMP_ALPHABET.charAt(random.nextInt(TEMP_ALPHABET.length())));
        }
        return sb.toString();
    }
}
