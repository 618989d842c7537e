package id.siksacademy.scoring;

import id.siksacademy.content.Exercise;
import id.siksacademy.sandbox.PadanResult;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxAction.PadanKind;
import id.siksacademy.sandbox.SandboxDriver;
import id.siksacademy.scenario.Anomaly;
import id.siksacademy.scenario.AnswerKey;
import id.siksacademy.scenario.Eligibility;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.DtksMember;
import id.siksacademy.scenario.ExpectedAction;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.LifeEvent;
import id.siksacademy.scenario.MemberStatus;
import id.siksacademy.scenario.Nik;
import id.siksacademy.scenario.Person;
import id.siksacademy.scenario.Scenario;
import id.siksacademy.scenario.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Simulated trainees: each turns a scenario into the actions it would take in the sandbox. */
public final class Agents {

    private Agents() {
    }

    /** Does everything right: fixes every fault, confirms clean households, keys proposals exactly, finishes the month. */
    public static List<SandboxAction> perfect(Scenario s) {
        return ValidityAgents.perfect(s);
    }

    static List<SandboxAction> nothing(Scenario s) {
        return List.of();
    }

    /**
     * Flags everything: every household not eligible, every anomaly confirmed, every member not
     * confirmed. Finds every fault somehow, and cuts every clean family off.
     */
    static List<SandboxAction> flagsEverything(Scenario s) {
        var actions = new ArrayList<SandboxAction>();
        for (DtksHousehold h : s.households()) {
            actions.add(new SandboxAction.SetEligibility(h.id(), Eligibility.TIDAK_LAYAK, "semua"));
            for (int i = 0; i < h.members().size(); i++) {
                actions.add(new SandboxAction.SetMemberStatus(h.id(), i, MemberStatus.TIDAK_TERKONFIRMASI, "semua", null));
            }
            actions.add(new SandboxAction.SetHouseholdStatus(h.id(), HouseholdStatus.TIDAK_DITEMUKAN, "semua"));
        }
        for (var a : s.anomalies()) {
            actions.add(new SandboxAction.AnswerAnomaly(a.id(), Anomaly.Verdict.TERBUKTI, "semua"));
        }
        actions.addAll(usulanAndMonth(s));
        return actions;
    }

    /** One eligibility decision for every household, whatever its data, then the month's work. */
    static List<SandboxAction> everyEligibility(Scenario s, Eligibility eligibility) {
        var actions = new ArrayList<SandboxAction>();
        for (DtksHousehold h : s.households()) {
            actions.add(new SandboxAction.SetEligibility(h.id(), eligibility, "semua sama"));
        }
        actions.addAll(usulanAndMonth(s));
        return actions;
    }

    /** One verval result for every household, whatever its data, then the month's work. */
    static List<SandboxAction> everyHousehold(Scenario s, HouseholdStatus status) {
        var actions = new ArrayList<SandboxAction>();
        for (DtksHousehold h : s.households()) {
            actions.add(new SandboxAction.SetHouseholdStatus(h.id(), status, "semua sama"));
        }
        actions.addAll(usulanAndMonth(s));
        return actions;
    }

    /** Every head of household marked deceased (the next member taking over, where there is one). */
    static List<SandboxAction> everyHeadDeceased(Scenario s) {
        var actions = new ArrayList<SandboxAction>();
        for (DtksHousehold h : s.households()) {
            actions.add(h.members().size() == 1
                    ? new SandboxAction.SetMemberStatus(h.id(), 0, MemberStatus.MENINGGAL, "semua", null)
                    : new SandboxAction.ReplaceHead(h.id(), 0, 1, "semua"));
        }
        actions.addAll(usulanAndMonth(s));
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
            actions.add(exactEntry(p, s.proposals().get(p).family()));
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
        actions.addAll(usulanAndMonth(s));
        return actions;
    }

    /** Perfect, but leaves one planted fault of this severity alone. */
    static List<SandboxAction> perfectMissing(Scenario s, AnswerKey.Entry skipped) {
        var actions = new ArrayList<SandboxAction>();
        for (var e : s.answerKey().entries()) {
            if (e != skipped) {
                actions.add(right(s, e));
            }
        }
        actions.addAll(usulanAndMonth(s));
        return actions;
    }

    /** Perfect, plus one more action (a false flag). */
    static List<SandboxAction> perfectPlus(Scenario s, SandboxAction extra) {
        var actions = new ArrayList<>(perfect(s));
        actions.add(actions.size() - 2, extra); // before the meeting and finalisation
        return actions;
    }

    // ---- mechanical agents ----------------------------------------------------------------------

    /**
     * The look-up machine: runs Padan Dukcapil on every member and every KK and acts on every mismatch
     * Dukcapil reports (wrong fields, unknown NIKs, deaths, moves, listed twice, another village),
     * never reading a field note or judging a record. Keys the proposals exactly and does the month.
     */
    static List<SandboxAction> padanOnly(Scenario s, Set<String> villages) {
        var d = new SandboxDriver(s, villages);
        for (DtksHousehold original : s.households()) {
            DtksHousehold h = d.state().household(original.id()).orElseThrow();
            var family = d.state().padan(PadanKind.KK, h.kk());
            for (int i = 0; i < h.members().size(); i++) {
                DtksMember m = d.state().household(h.id()).orElseThrow().members().get(i);
                PadanResult r = Nik.formatProblem(m.nik()).isPresent() ? null : d.state().padan(PadanKind.NIK, m.nik());
                if (r == null || r.outcome() == PadanResult.Outcome.TIDAK_DITEMUKAN) {
                    fixNikFromKk(d, h.id(), i, m, family);
                    continue;
                }
                for (Field f : r.differing()) {
                    if (f == Field.NO_KK) {
                        d.act(new SandboxAction.Edit(h.id(), null, Field.NO_KK, r.person().kk()));
                    } else {
                        d.act(new SandboxAction.Edit(h.id(), i, f, registryValue(r.person(), f)));
                    }
                }
                if (r.events().stream().anyMatch(e -> e.type() == LifeEvent.Type.DEATH && e.subject().equals(m.nik()))) {
                    d.act(new SandboxAction.SetMemberStatus(h.id(), i, MemberStatus.MENINGGAL, "Dukcapil", null));
                }
                if (r.dtksHouseholds().size() > 1 && !r.person().kk().equals(h.kk())) {
                    String other = r.dtksHouseholds().stream().filter(id -> !id.equals(h.id())).findFirst().orElseThrow();
                    d.act(new SandboxAction.SetMemberStatus(h.id(), i, MemberStatus.GANDA, "Dukcapil", other));
                }
            }
            DtksHousehold now = d.state().household(h.id()).orElseThrow();
            var kk = d.state().padan(PadanKind.KK, now.kk());
            if (kk.family() != null) {
                if (kk.events().stream().anyMatch(e -> e.type() == LifeEvent.Type.MOVE)) {
                    d.act(new SandboxAction.SetHouseholdStatus(h.id(), HouseholdStatus.PINDAH, "Dukcapil"));
                }
                if (!kk.family().villageCode().equals(now.villageCode())) {
                    d.act(new SandboxAction.Edit(h.id(), null, Field.VILLAGE_CODE, kk.family().villageCode()));
                }
            }
        }
        usulanAndMonth(s).forEach(d::act);
        return d.actions();
    }

    /** Through the household's KK: the registry member of the same name or birth date; else "not confirmed". */
    private static void fixNikFromKk(SandboxDriver d, String householdId, int index, DtksMember m, PadanResult family) {
        if (family.family() != null) {
            for (Person p : family.family().members()) {
                if (p.name().equals(m.name()) || p.birthDate().equals(m.birthDate())) {
                    if (d.act(new SandboxAction.Edit(householdId, index, Field.NIK, p.nik()))) {
                        return;
                    }
                }
            }
        }
        d.act(new SandboxAction.SetMemberStatus(householdId, index, MemberStatus.TIDAK_TERKONFIRMASI, "Dukcapil", null));
    }

    /**
     * Acts only on what SIKS-NG's own format checks show on the record: a malformed NIK is marked not
     * confirmed, a birth date or sex that disagrees with the NIK is "corrected" from it, a code outside
     * its list is moved into it, a village code not this village's is set to it. Keys the proposals
     * exactly and does the month.
     */
    static List<SandboxAction> formatOnly(Scenario s, Set<String> villages) {
        var d = new SandboxDriver(s, villages);
        String village = s.village().code();
        for (DtksHousehold h : s.households()) {
            for (int i = 0; i < h.members().size(); i++) {
                DtksMember m = h.members().get(i);
                if (Nik.formatProblem(m.nik()).isPresent()) {
                    d.act(new SandboxAction.SetMemberStatus(h.id(), i, MemberStatus.TIDAK_TERKONFIRMASI, "format", null));
                } else if (!Nik.agreesWith(m.nik(), m.birthDate(), m.sex())) {
                    int day = Integer.parseInt(m.nik().substring(6, 8));
                    Sex sex = day > Nik.FEMALE_DAY_OFFSET ? Sex.PEREMPUAN : Sex.LAKI_LAKI;
                    d.act(new SandboxAction.Edit(h.id(), i, Field.SEX, sex.name()));
                    int member = i;
                    dateFromNik(m.nik(), s.spec().asOf()).ifPresent(date ->
                            d.act(new SandboxAction.Edit(h.id(), member, Field.BIRTH_DATE, date.toString())));
                }
            }
            for (Field f : Field.values()) {
                if (f.isAsset()) {
                    int code = h.assets().get(f);
                    if (f.codedThreeFour() && (code == 1 || code == 2)) {
                        d.act(new SandboxAction.Edit(h.id(), null, f, Integer.toString(code + 2)));
                    }
                }
            }
            if (!h.villageCode().equals(village)) {
                d.act(new SandboxAction.Edit(h.id(), null, Field.VILLAGE_CODE, village));
            }
        }
        usulanAndMonth(s).forEach(d::act);
        return d.actions();
    }

    private static java.util.Optional<LocalDate> dateFromNik(String nik, LocalDate asOf) {
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        int year = 2000 + yy > asOf.getYear() ? 1900 + yy : 2000 + yy;
        try {
            return java.util.Optional.of(LocalDate.of(year, month, day > Nik.FEMALE_DAY_OFFSET ? day - 40 : day));
        } catch (java.time.DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Copies the perfect answers of another attempt's village by household id: ids that are not here are refused. */
    static List<SandboxAction> copiedById(Scenario from, Scenario to, Set<String> villages) {
        var d = new SandboxDriver(to, villages);
        perfect(from).forEach(d::act);
        return d.actions();
    }

    /** Copies the perfect answers of another attempt's village by row: the n-th household's answer to the n-th. */
    static List<SandboxAction> copiedByRow(Scenario from, Scenario to, Set<String> villages) {
        var d = new SandboxDriver(to, villages);
        for (SandboxAction a : perfect(from)) {
            d.act(byRow(a, from, to));
        }
        return d.actions();
    }

    private static SandboxAction byRow(SandboxAction a, Scenario from, Scenario to) {
        return switch (a) {
            case SandboxAction.Edit e -> new SandboxAction.Edit(row(e.householdId(), from, to), e.memberIndex(), e.field(),
                    e.value());
            case SandboxAction.SetHouseholdStatus s -> new SandboxAction.SetHouseholdStatus(row(s.householdId(), from, to),
                    s.status(), s.reason(), s.linkedHouseholdId() == null ? null : row(s.linkedHouseholdId(), from, to));
            case SandboxAction.SetEligibility s -> new SandboxAction.SetEligibility(row(s.householdId(), from, to),
                    s.eligibility(), s.reason());
            case SandboxAction.ReplaceHead r -> new SandboxAction.ReplaceHead(row(r.householdId(), from, to),
                    r.deceasedIndex(), r.newHeadIndex(), r.reason());
            case SandboxAction.AddMember m -> new SandboxAction.AddMember(row(m.householdId(), from, to), m.member());
            case SandboxAction.SetMemberStatus s -> new SandboxAction.SetMemberStatus(row(s.householdId(), from, to),
                    s.memberIndex(), s.status(), s.reason(), s.linkedHouseholdId() == null ? null
                    : row(s.linkedHouseholdId(), from, to));
            default -> a;
        };
    }

    private static String row(String householdId, Scenario from, Scenario to) {
        for (int i = 0; i < from.households().size(); i++) {
            if (from.households().get(i).id().equals(householdId)) {
                return i < to.households().size() ? to.households().get(i).id() : householdId;
            }
        }
        return householdId;
    }

    // ---- guided help ------------------------------------------------------------------------------

    /** Takes every hint of every step, then does everything right: the honest learner. */
    static List<SandboxAction> takesEveryHint(Scenario s, Exercise exercise) {
        var actions = new ArrayList<SandboxAction>();
        for (Exercise.Step step : exercise.steps()) {
            for (int level = 1; level <= step.hints().size(); level++) {
                actions.add(new SandboxAction.UseHint(step.id(), level, step.hints().get(level - 1).cost()));
            }
        }
        actions.addAll(perfect(s));
        return actions;
    }

    /**
     * The check farmer: for each step, checks, has a household shown, fixes exactly that household,
     * and repeats until nothing is left. It never looks anywhere itself.
     */
    static List<SandboxAction> checkFarmer(Scenario s, Exercise exercise, ScoringRules rules, Set<String> villages) {
        var d = new SandboxDriver(s, villages);
        var key = s.answerKey().byHousehold();
        for (Exercise.Step step : exercise.steps()) {
            for (int guard = 0; guard < 50; guard++) {
                d.act(new SandboxAction.CheckStep(step.id()));
                var shown = StepCheck.householdToShow(step, d.state(), rules);
                if (shown.isEmpty()) {
                    break;
                }
                d.act(new SandboxAction.ShowHousehold(step.id(), shown.get().householdId(), exercise.revealCost()));
                if (!d.act(right(s, key.get(shown.get().householdId())))) {
                    break;
                }
            }
        }
        usulanAndMonth(s).forEach(d::act);
        return d.actions();
    }

    // ---- building blocks ----------------------------------------------------------------------------

    static List<SandboxAction> usulanAndMonth(Scenario s) {
        return ValidityAgents.usulanAndMonth(s);
    }

    static SandboxAction right(Scenario s, AnswerKey.Entry e) {
        return ValidityAgents.right(s, e);
    }

    static SandboxAction exactEntry(int proposal, Family f) {
        return ValidityAgents.exactEntry(proposal, f);
    }

    static SandboxAction.NewMember member(Person p) {
        return ValidityAgents.member(p);
    }

    static SandboxAction meeting(Scenario s) {
        return ValidityAgents.meeting(s);
    }

    static DtksHousehold household(Scenario s, String id) {
        return ValidityAgents.household(s, id);
    }

    static int index(DtksHousehold h, String nik) {
        return ValidityAgents.index(h, nik);
    }

    /** A clean household of two or more, for false flags that must land on correct data. */
    static DtksHousehold cleanHousehold(Scenario s) {
        return cleanHousehold(s, null);
    }

    /** Another clean household than {@code not}. */
    static DtksHousehold cleanHousehold(Scenario s, DtksHousehold not) {
        return s.answerKey().entries().stream().filter(e -> e.fault() == FaultType.CLEAN)
                .map(e -> household(s, e.householdId())).filter(h -> h.members().size() > 1 && h != not)
                .findFirst().orElseThrow();
    }

    private static String registryValue(Person p, Field f) {
        return switch (f) {
            case NAME -> p.name();
            case BIRTH_DATE -> p.birthDate().toString();
            case SEX -> p.sex().name();
            case BIRTH_PLACE -> p.birthPlace();
            case MOTHER_NAME -> p.motherName();
            default -> throw new IllegalArgumentException(f.name());
        };
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
            case BIRTH_DATE -> LocalDate.parse(right).minusDays(1 + random.nextInt(300)).toString();
            case SEX -> right.equals("LAKI_LAKI") ? "PEREMPUAN" : "LAKI_LAKI";
            case RELATIONSHIP -> right.equals("LAINNYA") ? "CUCU" : "LAINNYA";
            case VILLAGE_CODE -> right.endsWith("2001") ? "33.18.01.2002" : "33.18.01.2001";
            case ASSET_FRIDGE, ASSET_WATER_HEATER, ASSET_TV, ASSET_LAPTOP, ASSET_MOTORBIKE, ASSET_BOAT ->
                    right.equals("3") ? "4" : "3";
            default -> right;
        };
    }
}
