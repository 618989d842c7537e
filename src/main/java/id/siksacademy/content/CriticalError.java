package id.siksacademy.content;

import id.siksacademy.scenario.FaultType;
import java.util.Set;

/**
 * A kind of act that fails an attempt whatever its score (content/faults.yaml, "critical_errors"): a
 * flag on a record that has no such fault, claiming one of {@code claims}, set on a household or a
 * member. Example: a living person marked deceased cuts the family off aid.
 */
public record CriticalError(String id, Set<FaultType> claims, Scope on, LocalizedText title,
                            LocalizedText consequence) {

    public enum Scope { HOUSEHOLD, MEMBER, ANY }

    public CriticalError {
        claims = Set.copyOf(claims);
    }

    /** Whether a false flag claiming {@code fault}, on a member or on the household, is this critical error. */
    public boolean matches(FaultType fault, boolean onMember) {
        return claims.contains(fault) && (on == Scope.ANY || (on == Scope.MEMBER) == onMember);
    }
}
