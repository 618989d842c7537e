package id.siksacademy.scenario;

/** What the rule engine found wrong with a household (and which member, where it applies). */
public record Finding(String householdId, FaultType fault, String memberNik) {
}
