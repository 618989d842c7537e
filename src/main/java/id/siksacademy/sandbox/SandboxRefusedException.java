package id.siksacademy.sandbox;

/** SIKS-NG refuses the entry (a format or code-list check); nothing was recorded. */
public class SandboxRefusedException extends RuntimeException {

    private final transient FieldRules.Problem problem;

    public SandboxRefusedException(FieldRules.Problem problem) {
        super(problem.key());
        this.problem = problem;
    }

    public FieldRules.Problem problem() {
        return problem;
    }
}
