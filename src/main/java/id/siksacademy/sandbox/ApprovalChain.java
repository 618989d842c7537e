package id.siksacademy.sandbox;

import id.siksacademy.scenario.Eligibility;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to the village's submission after finalisation, told from the sandbox's state: the
 * verifikator at Dinsos checks it (and returns what lacks its paper: proposals without the meeting's
 * minutes, removals without a reason), the kepala Dinsos approves, the bupati signs, and the centre
 * (Kemensos, BPS for DTSEN) takes it in. Read-only: a story to show, not a workflow to play.
 */
public final class ApprovalChain {

    public enum Role { VERIFIKATOR, KEPALA_DINSOS, BUPATI, PUSAT }

    /** One line of a stage: a translation key and its parameters. */
    public record Line(String key, Object... params) {
    }

    public record Stage(Role role, LocalDate date, List<Line> lines) {
    }

    private ApprovalChain() {
    }

    /** The stages, dated from the finalisation; empty until the month's data is sent. */
    public static List<Stage> of(SandboxState state) {
        if (!state.finalised()) {
            return List.of();
        }
        LocalDate sent = state.asOf();
        LocalDate cutOff = state.calendar().cutOff(sent);
        LocalDate checked = cutOff.plusDays(2);
        var verifikator = new ArrayList<Line>();
        int proposals = state.registeredProposals().size();
        boolean minutes = state.meeting().filter(m -> m.kind() == SandboxAction.MeetingKind.MUSDES).isPresent();
        if (proposals > 0) {
            verifikator.add(minutes ? new Line("approval.proposals-forwarded", proposals)
                    : new Line("approval.proposals-returned", proposals));
        }
        int removals = 0;
        int withoutReason = 0;
        int updates = 0;
        int eligibility = 0;
        for (var h : state.households()) {
            var verval = state.householdVerval(h.id());
            if (verval.isPresent() && verval.get().status() != HouseholdStatus.DITEMUKAN) {
                removals++;
                withoutReason += verval.get().reason().isBlank() ? 1 : 0;
            }
            for (int i = 0; i < h.members().size(); i++) {
                var mv = state.memberVerval(h.id(), i);
                if (mv.isPresent() && mv.get().status() != MemberStatus.TERKONFIRMASI) {
                    updates++;
                    withoutReason += mv.get().reason().isBlank() ? 1 : 0;
                }
            }
            if (state.original(h.id()).map(o -> !o.equals(h)).orElse(false)) {
                updates++;
            }
            eligibility += state.eligibility(h.id()).filter(e -> e.eligibility() != Eligibility.LAYAK).isPresent() ? 1 : 0;
        }
        verifikator.add(new Line("approval.updates", updates, removals, eligibility));
        if (withoutReason > 0) {
            verifikator.add(new Line("approval.without-reason", withoutReason));
        }
        long answered = state.anomalies().stream().filter(a -> state.anomalyAnswer(a.id()).isPresent()).count();
        if (!state.anomalies().isEmpty()) {
            verifikator.add(new Line("approval.anomalies", answered, state.anomalies().size()));
        }
        var stages = new ArrayList<Stage>();
        stages.add(new Stage(Role.VERIFIKATOR, checked, verifikator));
        stages.add(new Stage(Role.KEPALA_DINSOS, checked.plusDays(3), List.of(new Line("approval.kepala-dinsos"))));
        stages.add(new Stage(Role.BUPATI, checked.plusDays(7), List.of(new Line("approval.bupati"))));
        stages.add(new Stage(Role.PUSAT, sent.plusMonths(1).withDayOfMonth(1), List.of(new Line(
                state.scenario().regime().dtsen() ? "approval.pusat-dtsen" : "approval.pusat-dtks"))));
        return stages;
    }
}
