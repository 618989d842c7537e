package id.siksacademy.sandbox;

import tools.jackson.databind.json.JsonMapper;

/** Actions to and from the (type, JSON payload) pairs the attempt log stores. */
final class ActionCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ActionCodec() {
    }

    static String type(SandboxAction action) {
        return action.getClass().getSimpleName();
    }

    static String payload(SandboxAction action) {
        return JSON.writeValueAsString(action);
    }

    static SandboxAction read(String type, String payload) {
        Class<? extends SandboxAction> cls = switch (type) {
            case "Edit" -> SandboxAction.Edit.class;
            case "SetHouseholdStatus" -> SandboxAction.SetHouseholdStatus.class;
            case "SetMemberStatus" -> SandboxAction.SetMemberStatus.class;
            case "Padan" -> SandboxAction.Padan.class;
            case "AddHousehold" -> SandboxAction.AddHousehold.class;
            case "RecordMeeting" -> SandboxAction.RecordMeeting.class;
            case "Finalise" -> SandboxAction.Finalise.class;
            case "CheckStep" -> SandboxAction.CheckStep.class;
            case "SetEligibility" -> SandboxAction.SetEligibility.class;
            case "ReplaceHead" -> SandboxAction.ReplaceHead.class;
            case "AddMember" -> SandboxAction.AddMember.class;
            case "AnswerAnomaly" -> SandboxAction.AnswerAnomaly.class;
            case "UseHint" -> SandboxAction.UseHint.class;
            case "ShowHousehold" -> SandboxAction.ShowHousehold.class;
            default -> throw new IllegalArgumentException("Unknown action type " + type);
        };
        return JSON.readValue(payload, cls);
    }
}
