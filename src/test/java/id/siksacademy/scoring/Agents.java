package id.siksacademy.scoring;

import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.scenario.AnswerKey;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.ExpectedAction;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.Person;
import id.siksacademy.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Simulated trainees: each turns a scenario into the actions it would take in the sandbox. */
final class Agents {

    private Agents() {
    }

    /** Does everything right: fixes every fault, confirms clean households, keys proposals exactly, finishes the month. */
    static List<SandboxAction> perfect(Scenario s) {
        var actions = new ArrayList<SandboxAction>();
        for (var e : s.answerKey().entries()) {
            actions.add(right(s, e));
        }
        for (int p = 0; p < s.proposals().size(); p++) {
            actions.add(exactEntry(p, s.proposals().get(p)));
        }
        actions.add(meeting(s));
        actions.add(new SandboxAction.Finalise());
        return actions;
    }

    static List<SandboxAction> nothing(Scenario s) {
        return List.of();
    }

    /** Marks every household not eligible: finds every fault, and cuts every clean family off. */
    static List<SandboxAction> flagsEverything(Scenario s) {
        var actions = new ArrayList<SandboxAction>();
        for (DtksHousehold h : s.households()) {
            actions.add(new SandboxAction.SetHouseholdStatus(h.id(), HouseholdStatus.TIDAK_LAYAK, "semua dicoret"));
        }
        actions.add(meeting(s));
        actions.add(new SandboxAction.Finalise());
        return actions;
    }

    /** Fixes every other fault and half of the rest of the work: it records the meeting but never finalises. */
    static List<SandboxAction> half(Scenario s) {
        var actions = new ArrayList<SandboxAction>();
        int i = 0;
        for (var e : s.answerKey().entries()) {
            if (e.fault() != FaultType.CLEAN && i++ % 2 == 0) {
                actions.add(right(s, e));
            }
        }
        for (int p = 0; p < s.proposals().size(); p += 2) {
            actions.add(exactEntry(p, s.proposals().get(p)));
        }
        actions.add(meeting(s));
        return actions;
    }

    /** Acts on every fault, but types random wrong values, and edits clean households too. */
    static List<SandboxAction> careless(Scenario s, long seed) {
        var random = new SplittableRandom(seed);
        var actions = new ArrayList<SandboxAction>();
        for (var e : s.answerKey().entries()) {
            DtksHousehold h = household(s, e.householdId());
            if (e.action() instanceof ExpectedAction.CorrectField cf) {
                Integer member = cf.field().householdLevel ? null : index(h, e.memberNik());
                String wrong = wrongValue(cf.field(), cf.value(), random);
                if (!wrong.equals(id.siksacademy.sandbox.FieldValues.get(h, member, cf.field()))) {
                    actions.add(new SandboxAction.Edit(h.id(), member, cf.field(), wrong));
                }
            } else if (e.fault() == FaultType.CLEAN && random.nextInt(4) == 0) {
                actions.add(new SandboxAction.Edit(h.id(), null, Field.RT, Integer.toString(h.rt() % 99 + 1)));
            } else if (e.fault() != FaultType.CLEAN) {
                actions.add(right(s, e));
            }
        }
        actions.add(meeting(s));
        actions.add(new SandboxAction.Finalise());
        return actions;
    }

    static SandboxAction right(Scenario s, AnswerKey.Entry e) {
        DtksHousehold h = household(s, e.householdId());
        return switch (e.action()) {
            case ExpectedAction.CorrectField cf -> new SandboxAction.Edit(h.id(),
                    cf.field().householdLevel ? null : index(h, e.memberNik()), cf.field(), cf.value());
            case ExpectedAction.SetHouseholdStatus hs -> new SandboxAction.SetHouseholdStatus(h.id(), hs.status(), "sesuai data");
            case ExpectedAction.SetMemberStatus ms -> new SandboxAction.SetMemberStatus(h.id(), index(h, e.memberNik()),
                    ms.status(), "sesuai Dukcapil", ms.linkedHouseholdId());
            case ExpectedAction.LeaveUnchanged l -> new SandboxAction.SetHouseholdStatus(h.id(), HouseholdStatus.DITEMUKAN, null);
        };
    }

    static SandboxAction exactEntry(int proposal, Family f) {
        var members = f.members().stream().map(Agents::member).toList();
        return new SandboxAction.AddHousehold(proposal, f.kk(), f.dukuh(), f.rt(), f.rw(), members);
    }

    static SandboxAction.NewMember member(Person p) {
        return new SandboxAction.NewMember(p.nik(), p.name(), p.sex().name(), p.birthPlace(), p.birthDate().toString(),
                p.relationship().name(), p.maritalStatus().name(), p.motherName(), p.education().name(),
                p.occupation().name());
    }

    static SandboxAction meeting(Scenario s) {
        return new SandboxAction.RecordMeeting(s.spec().asOf().minusDays(2).toString(), 25,
                "Musyawarah desa menyepakati hasil verval bulan ini.", 1, "berita-acara.pdf");
    }

    static DtksHousehold household(Scenario s, String id) {
        return s.households().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    /** The member carrying the NIK; for a duplicate, the copy listed last. */
    static int index(DtksHousehold h, String nik) {
        for (int i = h.members().size() - 1; i >= 0; i--) {
            if (h.members().get(i).nik().equals(nik)) {
                return i;
            }
        }
        throw new IllegalArgumentException(nik);
    }

    private static String wrongValue(Field f, String right, SplittableRandom random) {
        return switch (f) {
            case NIK, NO_KK -> {
                String v;
                do {
                    v = Long.toString(1_000_000_000_000_000L + random.nextLong(8_999_999_999_999_999L));
                } while (v.equals(right));
                yield v;
            }
            case NAME -> right.equals("SALAH KETIK") ? "KELIRU" : "SALAH KETIK";
            case BIRTH_DATE -> java.time.LocalDate.parse(right).minusDays(1 + random.nextInt(300)).toString();
            case SEX -> right.equals("LAKI_LAKI") ? "PEREMPUAN" : "LAKI_LAKI";
            case RELATIONSHIP -> right.equals("LAINNYA") ? "CUCU" : "LAINNYA";
            case VILLAGE_CODE -> right.endsWith("2001") ? "33.18.01.2002" : "33.18.01.2001";
            case ASSET_LAND, ASSET_OTHER_HOUSE, ASSET_LIVESTOCK -> right.equals("3") ? "4" : "3";
            default -> right;
        };
    }
}
