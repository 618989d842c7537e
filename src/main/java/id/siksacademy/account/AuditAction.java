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
    PASSWORD_CHANGE,
    /** A wrong current password on the change-password page: counted like a failed login. */
    PASSWORD_CHECK_FAILURE,
    /** An operator's desa set or changed by an administrator. */
    DESA_CHANGE,
    /** A certificate issued on a passed exam (target: the operator; detail: the code). */
    CERTIFICATE_ISSUE,
    /** A certificate revoked by a Dinsos administrator (detail: the code and the reason). */
    CERTIFICATE_REVOKE,
    /** A kabupaten's official code list imported (target: its code; detail: name, counts, file). */
    REGION_IMPORT,
    /** The kabupaten the installation works in changed (target: its code). */
    REGION_HOME
}
