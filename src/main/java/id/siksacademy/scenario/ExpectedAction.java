package id.siksacademy.scenario;

/** What a competent operator does with a record. */
public sealed interface ExpectedAction {

    /** Nothing is wrong: change nothing, flag nothing. */
    record LeaveUnchanged() implements ExpectedAction {
    }

    /** Correct one field (of a member when {@code memberNik} is set) to a value. */
    record CorrectField(String memberNik, Field field, String value) implements ExpectedAction {
    }

    /** Set the household's verval result. */
    record SetHouseholdStatus(HouseholdStatus status) implements ExpectedAction {
    }

    /** Set a member's verval result; for a duplicate, {@code linkedHouseholdId} names the other half. */
    record SetMemberStatus(String memberNik, MemberStatus status, String linkedHouseholdId)
            implements ExpectedAction {
    }
}
