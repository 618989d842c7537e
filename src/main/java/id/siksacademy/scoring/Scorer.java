package id.siksacademy.scoring;

import id.siksacademy.sandbox.FieldRules;
import id.siksacademy.sandbox.FieldValues;
import id.siksacademy.sandbox.SandboxState;
import id.siksacademy.sandbox.Verval;
import id.siksacademy.scenario.AnswerKey;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.DtksMember;
import id.siksacademy.scenario.ExpectedAction;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;
import id.siksacademy.scenario.Person;
import id.siksacademy.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores an attempt from its scenario and final sandbox state. Pure: the same inputs always give
 * the same result. Evidence is per unit (a planted fault, a clean household, a keyed field, a
 * workflow step), weighted by severity; false flags weigh as much as the fault they claim.
 */
public final class Scorer {

    public static final int VERSION = 1;
    /** Weight of one keyed field of an usulan baru, and of one step of the monthly workflow. */
    static final double ENTRY_FIELD_WEIGHT = 0.25;
    static final double WORKFLOW_WEIGHT = 2;
    static final double NEEDLESS_EDIT_WEIGHT = 1;
    static final List<Field> ENTRY_MEMBER_FIELDS = List.of(Field.NIK, Field.NAME, Field.SEX, Field.BIRTH_PLACE,
            Field.BIRTH_DATE, Field.RELATIONSHIP, Field.MARITAL_STATUS, Field.MOTHER_NAME, Field.EDUCATION,
            Field.OCCUPATION);

    private final ScoringRules rules;
    private final Map<String, Tally> tallies = new TreeMap<>();
    private final List<Feedback> feedback = new ArrayList<>();
    private int hits;
    private int faulty;
    private int falseAlarms;
    private int clean;

    private Scorer(ScoringRules rules) {
        this.rules = rules;
        rules.curriculum().competencies().forEach(c -> tallies.put(c.id(), new Tally()));
    }

    public static AttemptResult score(Scenario scenario, SandboxState state, ScoringRules rules) {
        return new Scorer(rules).run(scenario, state);
    }

    private AttemptResult run(Scenario scenario, SandboxState state) {
        var key = scenario.answerKey().byHousehold();
        for (DtksHousehold original : scenario.households()) {
            household(original, state.household(original.id()).orElseThrow(), key.get(original.id()), state);
        }
        for (int p = 0; p < scenario.proposals().size(); p++) {
            proposal(scenario.proposals().get(p), state.registeredProposals().get(p), state);
        }
        if (!scenario.proposals().isEmpty() || !scenario.spec().faults().isEmpty()) {
            workflow(state.meeting().isPresent(), "MEETING");
            workflow(state.finalised(), "FINALISE");
        }
        return result(state.hintPenalty());
    }

    // ---- households ---------------------------------------------------------------------------

    private void household(DtksHousehold original, DtksHousehold now, AnswerKey.Entry entry, SandboxState state) {
        var householdVerval = state.householdVerval(original.id());
        boolean householdFlagged = householdVerval.map(v -> v.status() != HouseholdStatus.DITEMUKAN).orElse(false);
        Integer target = targetMember(original, entry);
        boolean anyFlag = householdFlagged || memberFlagged(original, state, null);
        if (entry.fault() == FaultType.CLEAN) {
            clean++;
            if (anyFlag) {
                falseAlarms++;
            }
        } else {
            faulty++;
            if (anyFlag || !changes(original, now).isEmpty()) {
                hits++;
            }
            plantedFault(original, now, entry, target, state);
        }
        // Whatever was done beyond the expected action is a false flag or a needless edit.
        ExpectedAction action = entry.action();
        if (householdFlagged && !(action instanceof ExpectedAction.SetHouseholdStatus)) {
            falseFlag(original, null, householdVerval.get().status().name(), statusFault(householdVerval.get().status()));
        }
        for (int i = 0; i < original.members().size(); i++) {
            var mv = state.memberVerval(original.id(), i);
            boolean expectedHere = action instanceof ExpectedAction.SetMemberStatus
                    || (entry.fault() == FaultType.NIK_UNKNOWN && Objects.equals(target, i));
            if (mv.isPresent() && isFlag(mv.get().status()) && !(expectedHere && Objects.equals(target, i))) {
                falseFlag(original, i, mv.get().status().name(), memberStatusFault(mv.get().status()));
            }
        }
        for (Change c : changes(original, now)) {
            boolean targetField = action instanceof ExpectedAction.CorrectField cf && cf.field() == c.field
                    && (cf.field().householdLevel || Objects.equals(target, c.member));
            if (!targetField) {
                needlessEdit(original, c);
            }
        }
    }

    private void plantedFault(DtksHousehold original, DtksHousehold now, AnswerKey.Entry entry, Integer target,
                              SandboxState state) {
        String competency = rules.competency(entry.fault());
        double weight = rules.severity(entry.fault());
        Tally t = tallies.get(competency);
        t.planted++;
        t.plantedWeight += weight;
        boolean detected;
        boolean fixed;
        String did;
        String expected;
        String field = null;
        switch (entry.action()) {
            case ExpectedAction.CorrectField cf -> {
                field = cf.field().name();
                Integer index = cf.field().householdLevel ? null : target;
                String value = FieldValues.get(now, index, cf.field());
                String before = FieldValues.get(original, index, cf.field());
                fixed = normalised(cf.field(), value).equals(normalised(cf.field(), cf.value()));
                var mv = index == null ? java.util.Optional.<Verval.OfMember>empty() : state.memberVerval(original.id(), index);
                if (!fixed && entry.fault() == FaultType.NIK_UNKNOWN && mv.isPresent()
                        && mv.get().status() == MemberStatus.TIDAK_TERKONFIRMASI) {
                    fixed = true; // "correct, or mark not confirmed"
                }
                detected = fixed || !value.equals(before) || mv.map(v -> isFlag(v.status())).orElse(false)
                        || state.householdVerval(original.id()).map(v -> v.status() != HouseholdStatus.DITEMUKAN).orElse(false);
                did = value;
                expected = cf.value();
            }
            case ExpectedAction.SetHouseholdStatus hs -> {
                var v = state.householdVerval(original.id()).map(Verval.OfHousehold::status).orElse(null);
                fixed = v == hs.status() || equivalent(v, hs.status());
                detected = fixed || (v != null && v != HouseholdStatus.DITEMUKAN) || memberFlagged(original, state, null);
                did = v == null ? "" : v.name();
                expected = hs.status().name();
                field = "STATUS";
            }
            case ExpectedAction.SetMemberStatus ms -> {
                var v = state.memberVerval(original.id(), target);
                fixed = v.isPresent() && v.get().status() == ms.status()
                        && (ms.linkedHouseholdId() == null || ms.linkedHouseholdId().equals(v.get().linkedHouseholdId()));
                detected = fixed || v.map(x -> isFlag(x.status())).orElse(false)
                        || state.householdVerval(original.id()).map(x -> x.status() != HouseholdStatus.DITEMUKAN).orElse(false);
                did = v.map(x -> x.status().name()).orElse("");
                expected = ms.status().name();
                field = "MEMBER_STATUS";
            }
            case ExpectedAction.LeaveUnchanged l -> throw new IllegalStateException("a planted fault always has an action");
        }
        if (detected) {
            t.detectedWeight += weight;
        }
        if (fixed) {
            t.fixedWeight += weight;
            t.fixed++;
            t.right++;
        } else {
            t.wrong++;
            feedback.add(new Feedback(detected ? Feedback.Kind.WRONG_FIX : Feedback.Kind.MISSED, original.id(), target,
                    subject(original, target), entry.fault(), competency, field, did, expected, weight));
        }
    }

    private void falseFlag(DtksHousehold h, Integer member, String status, FaultType claimed) {
        String competency = rules.competency(claimed);
        double weight = rules.severity(claimed);
        Tally t = tallies.get(competency);
        t.falseWeight += weight;
        t.falseFlags++;
        t.wrong++;
        feedback.add(new Feedback(Feedback.Kind.FALSE_FLAG, h.id(), member, subject(h, member), claimed, competency,
                member == null ? "STATUS" : "MEMBER_STATUS", status, "", weight));
    }

    private void needlessEdit(DtksHousehold h, Change c) {
        String competency = fieldCompetency(c.field);
        Tally t = tallies.get(competency);
        t.falseWeight += NEEDLESS_EDIT_WEIGHT;
        t.wrong++;
        feedback.add(new Feedback(Feedback.Kind.NEEDLESS_EDIT, h.id(), c.member, subject(h, c.member), null, competency,
                c.field.name(), c.after, c.before, NEEDLESS_EDIT_WEIGHT));
    }

    // ---- usulan baru and the workflow -----------------------------------------------------------

    /** Each keyed field is evidence; each row (the household line, each member) one mastery observation. */
    private void proposal(Family source, String registeredId, SandboxState state) {
        Tally t = tallies.get("K7");
        DtksHousehold entered = registeredId == null ? null : state.household(registeredId).orElse(null);
        String subject = source.head().name();
        boolean row = entry(t, entered, Field.NO_KK, null, source.kk(), entered == null ? "" : entered.kk(), subject)
                & entry(t, entered, Field.DUKUH, null, source.dukuh(), entered == null ? "" : entered.dukuh(), subject)
                & entry(t, entered, Field.RT, null, Integer.toString(source.rt()),
                        entered == null ? "" : Integer.toString(entered.rt()), subject)
                & entry(t, entered, Field.RW, null, Integer.toString(source.rw()),
                        entered == null ? "" : Integer.toString(entered.rw()), subject);
        observe(t, row);
        for (int i = 0; i < Math.max(source.members().size(), entered == null ? 0 : entered.members().size()); i++) {
            Person p = i < source.members().size() ? source.members().get(i) : null;
            DtksMember m = entered != null && i < entered.members().size() ? entered.members().get(i) : null;
            boolean memberRow = true;
            for (Field f : ENTRY_MEMBER_FIELDS) {
                String right = p == null ? "" : personValue(p, f);
                String keyed = m == null ? "" : FieldValues.get(entered, i, f);
                memberRow &= entry(t, entered, f, i, right, keyed, p != null ? p.name() : subject);
            }
            observe(t, memberRow);
        }
    }

    private boolean entry(Tally t, DtksHousehold entered, Field field, Integer member, String right, String keyed,
                          String subject) {
        t.entryFields++;
        if (normalised(field, right).equals(normalised(field, keyed))) {
            t.entryCorrect++;
            return true;
        }
        feedback.add(new Feedback(Feedback.Kind.ENTRY_ERROR, entered == null ? "" : entered.id(), member, subject,
                null, "K7", field.name(), keyed, right, ENTRY_FIELD_WEIGHT));
        return false;
    }

    private static void observe(Tally t, boolean right) {
        if (right) {
            t.right++;
        } else {
            t.wrong++;
        }
    }

    private void workflow(boolean done, String what) {
        Tally t = tallies.get("K8");
        t.workflowSteps++;
        if (done) {
            t.workflowDone++;
            t.right++;
        } else {
            t.wrong++;
            feedback.add(new Feedback(Feedback.Kind.WORKFLOW, "", null, "", null, "K8", what, "", what, WORKFLOW_WEIGHT));
        }
    }

    // ---- totals ---------------------------------------------------------------------------------

    private AttemptResult result(int hintPenalty) {
        var results = new ArrayList<CompetencyResult>();
        double num = 0;
        double den = 0;
        var pass = rules.pass();
        boolean passed = true;
        for (var e : tallies.entrySet()) {
            Tally t = e.getValue();
            double n = t.fixedWeight + t.entryCorrect * ENTRY_FIELD_WEIGHT + t.workflowDone * WORKFLOW_WEIGHT;
            double d = t.plantedWeight + t.entryFields * ENTRY_FIELD_WEIGHT + t.workflowSteps * WORKFLOW_WEIGHT
                    + t.falseWeight;
            if (d == 0) {
                continue; // nothing of this competency in the exercise
            }
            double score = round(100 * n / d);
            Double threshold = pass.perCompetency().get(e.getKey());
            boolean ok = threshold == null || score >= threshold;
            passed &= ok;
            results.add(new CompetencyResult(e.getKey(), t.planted, t.fixed,
                    t.plantedWeight == 0 ? null : round4(t.detectedWeight / t.plantedWeight),
                    t.detectedWeight + t.falseWeight == 0 ? null : round4(t.detectedWeight / (t.detectedWeight + t.falseWeight)),
                    t.detectedWeight == 0 ? null : round4(t.fixedWeight / t.detectedWeight),
                    clean == 0 ? 0 : round4((double) t.falseFlags / clean),
                    t.entryFields == 0 ? null : round4((double) t.entryCorrect / t.entryFields),
                    score, ok, t.right, t.wrong));
            num += n;
            den += d;
        }
        double overall = den == 0 ? 0 : Math.max(0, round(100 * num / den - hintPenalty));
        double falseFlagRate = clean == 0 ? 0 : round4((double) falseAlarms / clean);
        passed &= overall >= pass.overall() && falseFlagRate <= pass.maxFalseFlagRate();
        return new AttemptResult(VERSION, overall, passed, falseFlagRate, hintPenalty,
                SignalDetection.of(hits, faulty, falseAlarms, clean), results, feedback, pass);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static final class Tally {
        int planted;
        int fixed;
        double plantedWeight;
        double detectedWeight;
        double fixedWeight;
        double falseWeight;
        int falseFlags;
        int entryFields;
        int entryCorrect;
        int workflowSteps;
        int workflowDone;
        int right;
        int wrong;
    }

    private record Change(Field field, Integer member, String before, String after) {
    }

    private static List<Change> changes(DtksHousehold original, DtksHousehold now) {
        var changes = new ArrayList<Change>();
        if (original.equals(now)) {
            return changes;
        }
        for (Field f : Field.values()) {
            if (f.householdLevel) {
                String a = FieldValues.get(original, null, f);
                String b = FieldValues.get(now, null, f);
                if (!a.equals(b)) {
                    changes.add(new Change(f, null, a, b));
                }
            }
        }
        for (int i = 0; i < original.members().size(); i++) {
            if (original.members().get(i).equals(now.members().get(i))) {
                continue;
            }
            for (Field f : Field.values()) {
                if (!f.householdLevel) {
                    String a = FieldValues.get(original, i, f);
                    String b = FieldValues.get(now, i, f);
                    if (!a.equals(b)) {
                        changes.add(new Change(f, i, a, b));
                    }
                }
            }
        }
        return changes;
    }

    private static Integer targetMember(DtksHousehold h, AnswerKey.Entry entry) {
        if (entry.memberNik() == null) {
            return null;
        }
        for (int i = h.members().size() - 1; i >= 0; i--) { // a duplicate's copy is the last one listed
            if (h.members().get(i).nik().equals(entry.memberNik())) {
                return i;
            }
        }
        return null;
    }

    private static boolean memberFlagged(DtksHousehold h, SandboxState state, Integer only) {
        for (int i = 0; i < h.members().size(); i++) {
            if ((only == null || only == i)
                    && state.memberVerval(h.id(), i).map(v -> isFlag(v.status())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFlag(MemberStatus s) {
        return s != MemberStatus.TERKONFIRMASI;
    }

    /** Not eligible and well off both take the household off the list: either is accepted for either. */
    private static boolean equivalent(HouseholdStatus done, HouseholdStatus expected) {
        var offList = Arrays.asList(HouseholdStatus.SUDAH_MAMPU, HouseholdStatus.TIDAK_LAYAK);
        return done != null && offList.contains(done) && offList.contains(expected);
    }

    /** The fault a household result claims, whose severity a false one carries. */
    static FaultType statusFault(HouseholdStatus s) {
        return switch (s) {
            case TIDAK_DITEMUKAN -> FaultType.NOT_FOUND;
            case PINDAH -> FaultType.MOVED;
            case GANDA -> FaultType.DUPLICATE_PERSON;
            case MENOLAK -> FaultType.REFUSED;
            case SUDAH_MAMPU -> FaultType.WELL_OFF;
            case TIDAK_LAYAK, DITEMUKAN -> FaultType.INELIGIBLE_OCCUPATION;
        };
    }

    static FaultType memberStatusFault(MemberStatus s) {
        return switch (s) {
            case MENINGGAL -> FaultType.DECEASED;
            case GANDA -> FaultType.DUPLICATE_PERSON;
            case TIDAK_TERKONFIRMASI, TERKONFIRMASI -> FaultType.NIK_UNKNOWN;
        };
    }

    private static String fieldCompetency(Field f) {
        return switch (f) {
            case NIK, NAME, BIRTH_DATE, SEX, NO_KK, BIRTH_PLACE, MOTHER_NAME -> "K2";
            case RELATIONSHIP, MARITAL_STATUS -> "K5";
            case VILLAGE_CODE, DUKUH, RT, RW -> "K1";
            case OCCUPATION -> "K6";
            default -> "K7";
        };
    }

    /** Equivalent when equal after normalising spacing and case ("Dukuh Tegalan" is "TEGALAN"). */
    private static String normalised(Field f, String v) {
        String n = FieldRules.normalise(f, v == null ? "" : v).toUpperCase(java.util.Locale.ROOT);
        return f == Field.DUKUH && n.startsWith("DUKUH ") ? n.substring("DUKUH ".length()) : n;
    }

    private static String personValue(Person p, Field f) {
        return switch (f) {
            case NIK -> p.nik();
            case NAME -> p.name();
            case SEX -> p.sex().name();
            case BIRTH_PLACE -> p.birthPlace();
            case BIRTH_DATE -> p.birthDate().toString();
            case RELATIONSHIP -> p.relationship().name();
            case MARITAL_STATUS -> p.maritalStatus().name();
            case MOTHER_NAME -> p.motherName();
            case EDUCATION -> p.education().name();
            case OCCUPATION -> p.occupation().name();
            default -> throw new IllegalArgumentException(f.name());
        };
    }

    private static String subject(DtksHousehold h, Integer member) {
        return member == null ? h.headName() : h.members().get(member).name();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
