package id.siksacademy.account;

/** Writes audit lines as the account feature would, for tests of the screens that show them. */
public final class AuditFixtures {

    private AuditFixtures() {
    }

    public static void failedLogin(AuditLog audit, String typedUsername) {
        audit.recordIndependently(typedUsername, AuditAction.LOGIN_FAILURE, typedUsername, "10.0.0.7",
                AuditDetail.reason("BadCredentialsException"));
    }

    public static void roleChange(AuditLog audit, String target, Role from, Role to) {
        audit.recordIndependently("dinsos", AuditAction.ROLE_CHANGE, target, "10.0.0.8", AuditDetail.roleChange(from, to));
    }

    public static void legacy(AuditLog audit, AuditAction action, String target, String detail) {
        audit.recordIndependently("system", action, target, null, detail);
    }
}
