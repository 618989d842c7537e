package id.siksacademy.attempt;

/**
 * Whether an operator may start an exercise (its prerequisites passed). Implemented where results
 * live, so that attempts need not know about scoring.
 */
public interface StartGuard {

    boolean mayStart(String operator, String exerciseId);
}
