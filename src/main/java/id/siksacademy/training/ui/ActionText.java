package id.siksacademy.training.ui;

import id.siksacademy.base.text.PaperDate;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.scenario.Field;
import java.util.function.BiFunction;

/** A recorded sandbox action in a line of words, for the review timeline. */
final class ActionText {

    private ActionText() {
    }

    /** What a recorded action is, for the review's filter: look-ups bury the few acts that change data. */
    enum Kind {
        LOOKUP(false), EDIT(true), RESULT(true), WORKFLOW(true), HELP(false);

        /** Whether acts of this kind change the village's data (they are set apart in the timeline). */
        final boolean changesData;

        Kind(boolean changesData) {
            this.changesData = changesData;
        }
    }

    static Kind kind(SandboxAction action) {
        return switch (action) {
            case SandboxAction.Padan a -> Kind.LOOKUP;
            case SandboxAction.Edit a -> Kind.EDIT;
            case SandboxAction.ReplaceHead a -> Kind.EDIT;
            case SandboxAction.AddMember a -> Kind.EDIT;
            case SandboxAction.AddHousehold a -> Kind.EDIT;
            case SandboxAction.SetMemberStatus a -> Kind.RESULT;
            case SandboxAction.SetHouseholdStatus a -> Kind.RESULT;
            case SandboxAction.SetEligibility a -> Kind.RESULT;
            case SandboxAction.AnswerAnomaly a -> Kind.RESULT;
            case SandboxAction.RecordMeeting a -> Kind.WORKFLOW;
            case SandboxAction.Finalise a -> Kind.WORKFLOW;
            case SandboxAction.CheckStep a -> Kind.HELP;
            case SandboxAction.UseHint a -> Kind.HELP;
            case SandboxAction.ShowHousehold a -> Kind.HELP;
        }; // no default: a new kind of action must be classified here to compile
    }

    /** The household an action concerns, if any (for links and highlights). */
    static String household(SandboxAction action) {
        return switch (action) {
            case SandboxAction.Edit a -> a.householdId();
            case SandboxAction.SetHouseholdStatus a -> a.householdId();
            case SandboxAction.SetMemberStatus a -> a.householdId();
            case SandboxAction.SetEligibility a -> a.householdId();
            case SandboxAction.ReplaceHead a -> a.householdId();
            case SandboxAction.AddMember a -> a.householdId();
            case SandboxAction.ShowHousehold a -> a.householdId();
            default -> null;
        };
    }

    static String describe(SandboxAction action, BiFunction<String, Object[], String> t) {
        return switch (action) {
            case SandboxAction.Edit a -> t.apply("review.action.edit", args(a.householdId(), member(a.memberIndex(), t),
                    t.apply("field." + a.field().name(), new Object[0]),
                    a.field() == Field.BIRTH_DATE ? PaperDate.ofIso(a.value()) : a.value()));
            case SandboxAction.SetHouseholdStatus a -> t.apply("review.action.household-status",
                    args(a.householdId(), label(a.status(), t), reason(a.reason())));
            case SandboxAction.SetMemberStatus a -> t.apply("review.action.member-status",
                    args(a.householdId(), a.memberIndex() + 1, label(a.status(), t), reason(a.reason())));
            case SandboxAction.SetEligibility a -> t.apply("review.action.eligibility",
                    args(a.householdId(), label(a.eligibility(), t), reason(a.reason())));
            case SandboxAction.ReplaceHead a -> t.apply("review.action.replace-head",
                    args(a.householdId(), a.deceasedIndex() + 1, a.newHeadIndex() + 1));
            case SandboxAction.AddMember a -> t.apply("review.action.add-member", args(a.householdId(), a.member().name()));
            case SandboxAction.AnswerAnomaly a -> t.apply("review.action.anomaly",
                    args(label(a.verdict(), t), reason(a.evidence())));
            case SandboxAction.Padan a -> t.apply("review.action.padan", args(a.kind().name(), a.query()));
            case SandboxAction.AddHousehold a -> t.apply("review.action.usulan", args(a.kk(), a.members().size()));
            case SandboxAction.RecordMeeting a -> t.apply("review.action.meeting", args(PaperDate.ofIso(a.date()), a.participants()));
            case SandboxAction.CheckStep a -> t.apply("review.action.check", args(a.stepId()));
            case SandboxAction.UseHint a -> t.apply("review.action.hint", args(a.stepId(), a.level(), a.cost()));
            case SandboxAction.ShowHousehold a -> t.apply("review.action.show", args(a.stepId(), a.householdId(), a.cost()));
            case SandboxAction.Finalise a -> t.apply("review.action.finalise", args());
            default -> action.getClass().getSimpleName();
        };
    }

    private static Object[] args(Object... values) {
        return values;
    }

    private static String member(Integer index, BiFunction<String, Object[], String> t) {
        return index == null ? "" : t.apply("review.member", args(index + 1));
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "" : " – " + reason;
    }

    private static String label(Enum<?> value, BiFunction<String, Object[], String> t) {
        return value == null ? "-" : t.apply("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name(),
                new Object[0]);
    }
}
