package id.siksacademy.scoring;

import id.siksacademy.content.Content;
import id.siksacademy.content.Exercise;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxState;
import id.siksacademy.scenario.AnswerKey;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.ExpectedAction;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.Person;
import id.siksacademy.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The two simulated trainees every exercise must sort right: one who does everything the answer key
 * asks (must score 100 and pass) and one who does nothing (must score 0 and fail). The village builder
 * runs them on a sample village before a trainer may save; the validity suite runs them on every file.
 */
public final class ValidityAgents {

    private ValidityAgents() {
    }

    /** What the two agents scored on one generated village. */
    public record Report(long seed, int households, int planted, double perfectScore, boolean perfectPassed,
                         double idleScore, boolean idlePassed) {

        public boolean valid() {
            return perfectScore == 100.0 && perfectPassed && idleScore == 0.0 && !idlePassed;
        }
    }

    /** Scores the perfect and the idle trainee on the exercise's village for this seed; {@code villages}: its kabupaten's codes. */
    public static Report check(Content content, Exercise exercise, Scenario scenario, Set<String> villages) {
        var rules = ScoringRules.of(content, exercise);
        var perfect = Scorer.score(scenario, SandboxState.replay(scenario, villages, perfect(scenario)), rules);
        var idle = Scorer.score(scenario, SandboxState.replay(scenario, villages, List.of()), rules);
        return new Report(scenario.seed(), scenario.households().size(), (int) scenario.answerKey().faultyCount(),
                perfect.score(), perfect.passed(), idle.score(), idle.passed());
    }

    /** Does everything right: fixes every fault, confirms clean households, keys proposals exactly, finishes the month. */
    public static List<SandboxAction> perfect(Scenario s) {
        var actions = new ArrayList<SandboxAction>();
        for (var e : s.answerKey().entries()) {
            actions.add(right(s, e));
        }
        actions.addAll(usulanAndMonth(s));
        return actions;
    }

    /** Every proposal keyed exactly, the village meeting recorded, the month finalised. */
    public static List<SandboxAction> usulanAndMonth(Scenario s) {
        var actions = new ArrayList<SandboxAction>();
        for (int p = 0; p < s.proposals().size(); p++) {
            actions.add(exactEntry(p, s.proposals().get(p).family()));
        }
        actions.add(meeting(s));
        actions.add(new SandboxAction.Finalise());
        return actions;
    }

    /** The action the answer key expects for one entry. */
    public static SandboxAction right(Scenario s, AnswerKey.Entry e) {
        DtksHousehold h = household(s, e.householdId());
        return switch (e.action()) {
            case ExpectedAction.CorrectField cf -> new SandboxAction.Edit(h.id(),
                    cf.field().householdLevel ? null : index(h, e.memberNik()), cf.field(), cf.value());
            case ExpectedAction.SetHouseholdStatus hs -> new SandboxAction.SetHouseholdStatus(h.id(), hs.status(),
                    "sesuai data", hs.linkedHouseholdId());
            case ExpectedAction.SetMemberStatus ms -> new SandboxAction.SetMemberStatus(h.id(), index(h, e.memberNik()),
                    ms.status(), "sesuai Dukcapil", ms.linkedHouseholdId());
            case ExpectedAction.SetEligibility se -> new SandboxAction.SetEligibility(h.id(), se.eligibility(),
                    "desil tinggi");
            case ExpectedAction.ReplaceHead rh -> new SandboxAction.ReplaceHead(h.id(), index(h, rh.deceasedNik()),
                    index(h, rh.newHeadNik()), "sesuai Dukcapil");
            case ExpectedAction.AddMember am -> new SandboxAction.AddMember(h.id(), member(am.person()));
            case ExpectedAction.AnswerAnomaly aa -> new SandboxAction.AnswerAnomaly(aa.anomalyId(), aa.verdict(),
                    "hasil cek lapangan");
            case ExpectedAction.LeaveUnchanged l -> new SandboxAction.SetHouseholdStatus(h.id(), HouseholdStatus.DITEMUKAN, null);
        };
    }

    public static SandboxAction exactEntry(int proposal, Family f) {
        var members = f.members().stream().map(ValidityAgents::member).toList();
        return new SandboxAction.AddHousehold(proposal, f.kk(), f.dukuh(), f.rt(), f.rw(), members);
    }

    public static SandboxAction.NewMember member(Person p) {
        return new SandboxAction.NewMember(p.nik(), p.name(), p.sex().name(), p.birthPlace(), p.birthDate().toString(),
                p.relationship().name(), p.maritalStatus().name(), p.motherName(), p.education().name(),
                p.occupation().name());
    }

    public static SandboxAction meeting(Scenario s) {
        return new SandboxAction.RecordMeeting(s.spec().asOf().minusDays(2).toString(), 25,
                "Musyawarah desa menyepakati hasil verval bulan ini.", 1, "berita-acara.pdf");
    }

    public static DtksHousehold household(Scenario s, String id) {
        return s.households().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    /** The member carrying the NIK; for a duplicate, the copy listed last. */
    public static int index(DtksHousehold h, String nik) {
        for (int i = h.members().size() - 1; i >= 0; i--) {
            if (h.members().get(i).nik().equals(nik)) {
                return i;
            }
        }
        throw new IllegalArgumentException(nik);
    }
}
