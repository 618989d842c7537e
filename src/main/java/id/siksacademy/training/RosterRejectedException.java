package id.siksacademy.training;

/** An import refused because the file is not clean (again, at import time): the check says why. */
public class RosterRejectedException extends RuntimeException {

    private final transient RosterCheck check;

    RosterRejectedException(RosterCheck check) {
        super("roster has " + check.allProblems().size() + " problems");
        this.check = check;
    }

    public RosterCheck check() {
        return check;
    }
}
