package id.siksacademy.scenario;

/** What a competent operator does with a record. */
public sealed interface ExpectedAction {

    /** Nothing is wrong: change nothing, flag nothing. */
    record LeaveUnchanged() implements ExpectedAction {
    }

    /** Correct one field (of a member when {@code memberNik} is set) to a value. */
    record CorrectField(String memberNik, Field field, String value) implements ExpectedAction {
    }

    /** Set the household's verval result; for ganda or part of another household, the household meant. */
    record SetHouseholdStatus(HouseholdStatus status, String linkedHouseholdId) implements ExpectedAction {

        public SetHouseholdStatus(HouseholdStatus status) {
            this(status, null);
        }
    }

    /** Set a member's verval result; for ganda or a move, {@code linkedHouseholdId} names the other household. */
    record SetMemberStatus(String memberNik, MemberStatus status, String linkedHouseholdId)
            implements ExpectedAction {
    }

    /** Decide the household's eligibility (sudah mampu, tidak layak). */
    record SetEligibility(Eligibility eligibility) implements ExpectedAction {
    }

    /** The head has died: mark the death and make {@code newHeadNik} (the spouse) the head. */
    record ReplaceHead(String deceasedNik, String newHeadNik) implements ExpectedAction {
    }

    /** A member on the KK is missing from DTKS: add the person as the registry has them. */
    record AddMember(Person person) implements ExpectedAction {
    }

    /** Answer a central anomaly after the field check. */
    record AnswerAnomaly(String anomalyId, Anomaly.Verdict verdict) implements ExpectedAction {
    }
}
