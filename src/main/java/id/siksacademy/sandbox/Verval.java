package id.siksacademy.sandbox;

import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;

/** Verval results as the operator set them. */
public final class Verval {

    private Verval() {
    }

    public record OfHousehold(HouseholdStatus status, String reason) {
    }

    public record OfMember(MemberStatus status, String reason, String linkedHouseholdId) {
    }
}
