package id.siksacademy.sandbox;

import id.siksacademy.scenario.Anomaly;
import id.siksacademy.scenario.Eligibility;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;

/** Verval results as the operator set them. */
public final class Verval {

    private Verval() {
    }

    public record OfHousehold(HouseholdStatus status, String reason, String linkedHouseholdId) {
    }

    /** The eligibility decision on a household. */
    public record OfEligibility(Eligibility eligibility, String reason) {
    }

    /** The answer to an anomaly. */
    public record OfAnomaly(Anomaly.Verdict verdict, String evidence) {
    }

    public record OfMember(MemberStatus status, String reason, String linkedHouseholdId) {
    }
}
