package id.siksacademy.account;

/** What a person does on the platform. Stored by name; Spring Security sees ROLE_&lt;name&gt;. */
public enum Role {
    /** A village operator in training. */
    OPERATOR,
    /** Dinsos staff running cohorts. */
    TRAINER,
    /** Dinsos administrator: accounts, audit, coverage. */
    DINSOS_ADMIN;

    /** Constants for access annotations, which need compile-time strings. */
    public static final class Names {
        public static final String OPERATOR = "OPERATOR";
        public static final String TRAINER = "TRAINER";
        public static final String DINSOS_ADMIN = "DINSOS_ADMIN";

        private Names() {
        }
    }
}
