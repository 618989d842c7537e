package id.siksacademy.account;

import id.siksacademy.base.security.CurrentUser;
import id.siksacademy.region.Regions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.nio.charset.StandardCharsets;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;

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
    private final LoginThrottle throttle;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final SecureRandom random = new SecureRandom();
    private final Regions regions;

    AccountService(UserAccountRepository users, PasswordEncoder encoder, AuditLog audit,
                   SessionTerminator sessions, CurrentUser currentUser, LoginThrottle throttle, Clock clock,
                   PlatformTransactionManager transactions, Regions regions) {
        this.regions = regions;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
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
        String desa = request.role() == Role.OPERATOR ? requireDesa(request.desaCode()) : null;
        requireAcceptable(request.password(), username);
        var account = new UserAccount(username, fullName, request.role(), clock.instant());
        account.setDesaCode(desa);
        account.setPassword(encoder.encode(request.password()), true); // the administrator knows it: change at first login
        users.save(account);
        audit.record(AuditAction.USER_CREATE, username, AuditDetail.role(request.role()));
        return account.toSummary(clock.instant());
    }

    /**
     * Creates operator accounts from a roster, each with a generated one-time password that must be
     * changed at the first login. The caller has checked every row; a row that is still wrong here
     * (e.g. a username taken meanwhile) refuses the whole call, and the caller's transaction with it.
     */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional
    public List<OneTimePassword> createOperators(List<NewOperator> roster) {
        var created = new ArrayList<OneTimePassword>();
        for (NewOperator row : roster) {
            String username = normaliseUsername(row.username());
            if (!username.matches(NewUser.USERNAME_PATTERN) || username.length() < 3
                    || username.length() > NewUser.USERNAME_MAX) {
                throw new AccountRejectedException("account.username.invalid");
            }
            String fullName = row.fullName() == null ? "" : row.fullName().strip();
            if (fullName.isEmpty() || fullName.length() > NewUser.FULL_NAME_MAX) {
                throw new AccountRejectedException("account.full-name.invalid");
            }
            if (users.existsByUsername(username)) {
                throw new AccountRejectedException("account.username.taken");
            }
            String desa = requireDesa(row.desaCode());
            String password = temporaryPassword();
            var account = new UserAccount(username, fullName, Role.OPERATOR, clock.instant());
            account.setDesaCode(desa);
            account.setContact(row.contact() == null || row.contact().isBlank() ? null
                    : Contact.normalise(row.contact()).orElseThrow(() -> new AccountRejectedException("account.contact.invalid")));
            account.setPassword(encoder.encode(password), true);
            users.save(account);
            audit.record(AuditAction.USER_CREATE, username, AuditDetail.role(Role.OPERATOR));
            created.add(new OneTimePassword(username, fullName, desa, password));
        }
        return created;
    }

    /** Which of these usernames (normalised as accounts store them) are taken. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public Set<String> takenUsernames(Collection<String> usernames) {
        return usernames.stream().map(AccountService::normaliseUsername).filter(users::existsByUsername)
                .collect(Collectors.toSet());
    }

    /** The operator accounts among these usernames, in the order asked; others are left out. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public List<OperatorProfile> operators(Collection<String> usernames) {
        var byName = users.findByUsernameIn(usernames).stream().filter(u -> u.getRole() == Role.OPERATOR)
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::toProfile));
        return usernames.stream().distinct().map(byName::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Every operator account of the kabupaten, for Dinsos coverage figures. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public List<OperatorProfile> allOperators() {
        return users.findByRoleOrderByUsername(Role.OPERATOR).stream().map(UserAccount::toProfile).toList();
    }

    /** Trainers a cohort may be given. */
    @PreAuthorize("hasAnyRole('TRAINER', 'DINSOS_ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> trainers() {
        var now = clock.instant();
        return users.findByRoleOrderByUsername(Role.TRAINER).stream().map(u -> u.toSummary(now)).toList();
    }

    /** Sets an operator's desa. */
    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional
    public void setDesa(long userId, String desaCode) {
        var account = find(userId);
        if (account.getRole() != Role.OPERATOR) {
            throw new AccountRejectedException("account.desa.only-operators");
        }
        String desa = requireDesa(desaCode);
        if (!desa.equals(account.getDesaCode())) {
            audit.record(AuditAction.DESA_CHANGE, account.getUsername(), desa);
            account.setDesaCode(desa);
        }
    }

    /** The signed-in operator's desa code, if one is set. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> currentDesa() {
        return Optional.ofNullable(current().getDesaCode());
    }

    private String requireDesa(String typed) {
        return regions.home().villageTyped(typed).map(v -> v.code())
                .orElseThrow(() -> new AccountRejectedException("account.desa.unknown"));
    }

    @PreAuthorize("hasRole('DINSOS_ADMIN')")
    @Transactional
    public void changeRole(long userId, Role role) {
        var account = find(userId);
        refuseSelf(account);
        if (role == null || role == account.getRole()) {
            return;
        }
        audit.record(AuditAction.ROLE_CHANGE, account.getUsername(), AuditDetail.roleChange(account.getRole(), role));
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

    /**
     * Changes the signed-in user's own password and ends their other sessions. The current password
     * is checked like a login (throttled, audited, locking the account after too many failures), so
     * this is not one transaction: a wrong current password is recorded although the change is refused.
     */
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        String username = currentUser.username().orElseThrow(() -> new AccountRejectedException("account.not-found"));
        LoginThrottle.Check check;
        try {
            check = throttle.begin(username);
        } catch (LoginThrottle.Locked locked) {
            throw new AccountRejectedException("password.locked");
        }
        String hash = transaction.execute(status -> current().getPasswordHash());
        if (!matches(currentPassword, hash)) {
            throttle.failed(check, AuditAction.PASSWORD_CHECK_FAILURE, AuditLog.currentAddress(), null);
            throw new AccountRejectedException("password.current-wrong");
        }
        throttle.succeeded(check, null, null);
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new AccountRejectedException("password.same-as-current");
        }
        requireAcceptable(newPassword, username);
        transaction.executeWithoutResult(status -> {
            current().setPassword(encoder.encode(newPassword), false);
            audit.record(AuditAction.PASSWORD_CHANGE, username, null);
        });
        sessions.endOtherSessionsOf(username, currentSessionId());
    }

    private boolean matches(String password, String hash) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES
                && encoder.matches(password, hash);
    }

    private static String currentSessionId() {
        var attributes = RequestContextHolder.getRequestAttributes();
        return attributes == null ? null : attributes.getSessionId();
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
