package id.siksacademy.account;

/** What the audit log records. */
public enum AuditAction {
    LOGIN_SUCCESS,
    LOGIN_FAILURE,
    LOCKOUT,
    LOGOUT,
    USER_CREATE,
    ROLE_CHANGE,
    USER_DISABLE,
    USER_ENABLE,
    PASSWORD_RESET,
    PASSWORD_CHANGE
}
