package id.siksacademy.scoring;

import id.siksacademy.content.Exercise;
import id.siksacademy.content.ExerciseMode;
import id.siksacademy.sandbox.FieldValues;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxState;
import id.siksacademy.sandbox.Verval;
import id.siksacademy.scenario.Anomaly;
import id.siksacademy.scenario.AnswerKey;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.DtksMember;
import id.siksacademy.scenario.Eligibility;
import id.siksacademy.scenario.ExpectedAction;
import id.siksacademy.scenario.Family;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;
import id.siksacademy.scenario.Person;
import id.siksacademy.scenario.Relationship;
import id.siksacademy.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Scores an attempt from its scenario and final sandbox state. Pure: the same inputs always give the
 * same result.
 *
 * <p>Every planted fault is worth its severity (faults.yaml) and every usulan baru a fixed
 * {@link #PROPOSAL_WEIGHT}: together the basis. Every miss or wrong fix takes its severity off, every
 * false flag the severity of the fault it claims, every needless edit {@link #NEEDLESS_EDIT_WEIGHT},
 * every keying error its share of the proposal's weight: score = 100 x (1 - penalties / basis). So a
 * miss and a false flag of equal severity cost exactly the same. Per competency likewise; help
 * (hints, households shown) comes off the competencies its step trains. Passing needs no critical
 * error, the overall score, every competency's gate, every guided step's gate, the monthly workflow
 * where the exercise judges it, and the false-flag rate.
 */
public final class Scorer {

    public static final int VERSION = 3;
    /** One usulan baru, whatever the size of the family: its fields share this. */
    static final double PROPOSAL_WEIGHT = 3;
    static final double NEEDLESS_EDIT_WEIGHT = 1;
    static final List<Field> ENTRY_MEMBER_FIELDS = List.of(Field.NIK, Field.NAME, Field.SEX, Field.BIRTH_PLACE,
            Field.BIRTH_DATE, Field.RELATIONSHIP, Field.MARITAL_STATUS, Field.MOTHER_NAME, Field.EDUCATION,
            Field.OCCUPATION);
    private static final List<Field> ENTRY_HOUSEHOLD_FIELDS = List.of(Field.NO_KK, Field.DUKUH, Field.RT, Field.RW);

    private final ScoringRules rules;
    private final Map<String, Tally> competencies = new TreeMap<>();
    private final Map<String, Tally> steps = new TreeMap<>();
    private final List<Feedback> feedback = new ArrayList<>();
    private final List<AttemptResult.CriticalHit> critical = new ArrayList<>();
    private final Help help;
    private int hits;
    private int faulty;
    private int falseAlarms;
    private int clean;

    private Scorer(ScoringRules rules, SandboxState state) {
        this.rules = rules;
        this.help = Help.of(rules, state);
    }

    public static AttemptResult score(Scenario scenario, SandboxState state, ScoringRules rules) {
        return new Scorer(rules, state).run(scenario, state);
    }

    private AttemptResult run(Scenario scenario, SandboxState state) {
        var key = scenario.answerKey().byHousehold();
        for (DtksHousehold original : scenario.households()) {
            household(original, state.household(original.id()).orElseThrow(), key.get(original.id()), state, scenario);
        }
        for (int p = 0; p < scenario.proposals().size(); p++) {
            proposal(scenario.proposals().get(p).family(), state.registeredProposals().get(p), state);
        }
        boolean workflowDone = true;
        if (rules.assessesWorkflow()) {
            // an SPTJM stands in for the meeting only when there are no new proposals
            workflowDone &= workflow(state.meeting().filter(m -> m.kind() == SandboxAction.MeetingKind.MUSDES
                    || state.registeredProposals().isEmpty()).isPresent(), Exercise.Task.MEETING);
            workflowDone &= workflow(state.finalised(), Exercise.Task.FINALISE);
        }
        return result(workflowDone);
    }

    // ---- households ---------------------------------------------------------------------------

    /**
     * Everything the operator did to one household: its verval result, its eligibility, its members'
     * results, the anomaly answers about it, members added and fields changed. What the expected
     * action asks for is judged as the fix; every other flag is a false one.
     */
    private void household(DtksHousehold original, DtksHousehold now, AnswerKey.Entry entry, SandboxState state,
                           Scenario scenario) {
        ExpectedAction action = entry.action();
        FaultType fault = entry.fault();
        Integer target = targetMember(original, entry);
        var householdVerval = state.householdVerval(original.id());
        boolean householdFlagged = householdVerval.map(v -> v.status() != HouseholdStatus.DITEMUKAN).orElse(false);
        var eligibility = state.eligibility(original.id()).map(Verval.OfEligibility::eligibility)
                .filter(e -> e != Eligibility.LAYAK);
        var answers = anomalyAnswers(original, scenario, state);
        var changes = changes(original, now);
        var identityFlags = changes.stream().filter(c -> awayFromDukcapil(original, c, scenario)).toList();
        int added = now.members().size() - original.members().size();
        boolean anyFlag = householdFlagged || memberFlagged(original, state) || eligibility.isPresent()
                || answers.containsValue(Anomaly.Verdict.TERBUKTI) || added > 0 || !identityFlags.isEmpty();
        if (fault == FaultType.CLEAN) {
            clean++;
            if (anyFlag) {
                falseAlarms++;
            }
        } else {
            faulty++;
            if (anyFlag || !changes.isEmpty() || !answers.isEmpty()) {
                hits++;
            }
            plantedFault(original, now, entry, target, state, scenario);
        }
        // Whatever was done beyond the expected action is a false flag or a needless edit.
        if (householdFlagged && !(action instanceof ExpectedAction.SetHouseholdStatus)
                && fault != FaultType.SOLE_MEMBER_DECEASED) {
            var status = householdVerval.get().status();
            falseFlag(original, null, "STATUS", status.name(), statusFault(status));
        }
        if (eligibility.isPresent() && !(action instanceof ExpectedAction.SetEligibility)
                && fault != FaultType.ANOMALY_CONFIRMED) {
            falseFlag(original, null, "ELIGIBILITY", eligibility.get().name(), eligibilityFault(eligibility.get()));
        }
        Integer deceasedHead = action instanceof ExpectedAction.ReplaceHead r ? indexOf(original, r.deceasedNik()) : null;
        for (int i = 0; i < original.members().size(); i++) {
            var mv = state.memberVerval(original.id(), i);
            boolean expectedHere = Objects.equals(target, i) && (action instanceof ExpectedAction.SetMemberStatus
                    || fault == FaultType.NIK_UNKNOWN) || Objects.equals(deceasedHead, i);
            if (mv.isPresent() && isFlag(mv.get().status()) && !expectedHere) {
                falseFlag(original, i, "MEMBER_STATUS", mv.get().status().name(),
                        memberStatusFault(mv.get().status(), original, i));
            }
        }
        for (int i = action instanceof ExpectedAction.AddMember ? 1 : 0; i < added; i++) {
            DtksMember extra = now.members().get(original.members().size() + i);
            falseFlag(original, null, "NEW_MEMBER", extra.name(), FaultType.MEMBER_MISSING);
        }
        Integer newHead = action instanceof ExpectedAction.ReplaceHead r ? indexOf(original, r.newHeadNik()) : null;
        for (Change c : changes) {
            boolean targetField = action instanceof ExpectedAction.CorrectField cf && cf.field() == c.field
                    && (cf.field().householdLevel || Objects.equals(target, c.member));
            boolean headTakesOver = newHead != null && newHead.equals(c.member)
                    && (c.field == Field.RELATIONSHIP || c.field == Field.MARITAL_STATUS);
            if (targetField || headTakesOver) {
                continue;
            }
            if (identityFlags.contains(c)) {
                falseFlag(original, c.member, c.field.name(), c.after, identityClaim(c.field));
            } else {
                needlessEdit(original, c);
            }
        }
    }

    private void plantedFault(DtksHousehold original, DtksHousehold now, AnswerKey.Entry entry, Integer target,
                              SandboxState state, Scenario scenario) {
        FaultType fault = entry.fault();
        String competency = rules.competency(fault);
        double weight = rules.severity(fault);
        Tally t = tally(competency);
        Tally step = stepTally(fault);
        t.planted++;
        t.faultWeight += weight;
        t.basis += weight;
        step.basis += weight;
        Outcome o = outcome(original, now, entry, target, state, scenario);
        if (o.detected) {
            t.detectedWeight += weight;
        }
        if (o.fixed) {
            t.fixedWeight += weight;
            t.fixed++;
        } else {
            t.penalty += weight;
            step.penalty += weight;
            feedback.add(new Feedback(o.detected ? Feedback.Kind.WRONG_FIX : Feedback.Kind.MISSED, original.id(), target,
                    subject(original, target), fault, competency, o.field, o.did, o.expected, weight));
        }
        observe(t, o.fixed, help.helped(fault));
    }

    private record Outcome(boolean detected, boolean fixed, String field, String did, String expected) {
    }

    private Outcome outcome(DtksHousehold original, DtksHousehold now, AnswerKey.Entry entry, Integer target,
                            SandboxState state, Scenario scenario) {
        String id = original.id();
        boolean householdFlagged = state.householdVerval(id).map(v -> v.status() != HouseholdStatus.DITEMUKAN)
                .orElse(false);
        boolean eligibilityFlagged = state.eligibility(id).map(e -> e.eligibility() != Eligibility.LAYAK).orElse(false);
        boolean anyFlag = householdFlagged || eligibilityFlagged || memberFlagged(original, state);
        return switch (entry.action()) {
            case ExpectedAction.CorrectField cf -> {
                Integer index = cf.field().householdLevel ? null : target;
                String value = FieldValues.get(now, index, cf.field());
                String before = FieldValues.get(original, index, cf.field());
                boolean fixed = FieldValues.same(cf.field(), value, cf.value());
                Optional<Verval.OfMember> mv = index == null ? Optional.empty() : state.memberVerval(id, index);
                if (!fixed && entry.fault() == FaultType.NIK_UNKNOWN && mv.isPresent()
                        && mv.get().status() == MemberStatus.TIDAK_TERKONFIRMASI) {
                    fixed = true; // "correct, or mark not confirmed"
                }
                boolean detected = fixed || !FieldValues.same(cf.field(), value, before)
                        || mv.map(v -> isFlag(v.status())).orElse(false) || householdFlagged;
                yield new Outcome(detected, fixed, cf.field().name(), value, cf.value());
            }
            case ExpectedAction.SetHouseholdStatus hs -> {
                var v = state.householdVerval(id).orElse(null);
                boolean fixed = v != null && v.status() == hs.status()
                        && (hs.linkedHouseholdId() == null || hs.linkedHouseholdId().equals(v.linkedHouseholdId()));
                yield new Outcome(fixed || anyFlag, fixed, "STATUS", v == null ? "" : v.status().name(),
                        hs.status().name());
            }
            case ExpectedAction.SetMemberStatus ms -> {
                var v = state.memberVerval(id, target);
                boolean fixed = v.isPresent() && v.get().status() == ms.status()
                        && (ms.linkedHouseholdId() == null || ms.linkedHouseholdId().equals(v.get().linkedHouseholdId()));
                boolean detected = fixed || v.map(x -> isFlag(x.status())).orElse(false) || householdFlagged;
                yield new Outcome(detected, fixed, "MEMBER_STATUS", v.map(x -> x.status().name()).orElse(""),
                        ms.status().name());
            }
            case ExpectedAction.SetEligibility se -> {
                var v = state.eligibility(id).map(Verval.OfEligibility::eligibility).orElse(null);
                boolean fixed = v == se.eligibility();
                yield new Outcome(fixed || anyFlag, fixed, "ELIGIBILITY", v == null ? "" : v.name(),
                        se.eligibility().name());
            }
            case ExpectedAction.ReplaceHead rh -> {
                int deceased = indexOf(original, rh.deceasedNik());
                int heir = indexOf(original, rh.newHeadNik());
                boolean dead = state.memberVerval(id, deceased).map(v -> v.status() == MemberStatus.MENINGGAL).orElse(false);
                boolean headNow = now.members().get(heir).relationship() == Relationship.KEPALA;
                boolean detected = dead || headNow || anyFlag;
                yield new Outcome(detected, dead && headNow, "REPLACE_HEAD",
                        dead ? now.members().get(heir).relationship().name() : "", Relationship.KEPALA.name());
            }
            case ExpectedAction.AddMember am -> {
                var added = now.members().subList(original.members().size(), now.members().size());
                Person p = am.person();
                boolean fixed = added.stream().anyMatch(m -> m.nik().equals(p.nik())
                        && FieldValues.same(Field.NAME, m.name(), p.name()) && m.sex() == p.sex()
                        && m.birthDate().equals(p.birthDate()) && m.relationship() == p.relationship());
                yield new Outcome(fixed || !added.isEmpty() || anyFlag, fixed, "NEW_MEMBER",
                        added.isEmpty() ? "" : added.getFirst().name(), p.name());
            }
            case ExpectedAction.AnswerAnomaly aa -> {
                var answer = state.anomalyAnswer(aa.anomalyId()).map(Verval.OfAnomaly::verdict).orElse(null);
                boolean fixed = answer == aa.verdict();
                if (answer == Anomaly.Verdict.TERBUKTI && aa.verdict() == Anomaly.Verdict.TIDAK_TERBUKTI) {
                    critical(FaultType.ANOMALY_CONFIRMED, original, null); // a wrongly listed family dropped
                }
                yield new Outcome(answer != null || eligibilityFlagged, fixed, "ANOMALY",
                        answer == null ? "" : answer.name(), aa.verdict().name());
            }
            case ExpectedAction.LeaveUnchanged l -> throw new IllegalStateException("a planted fault always has an action");
        };
    }

    /** The answers given to the anomalies listed for this household. */
    private static Map<String, Anomaly.Verdict> anomalyAnswers(DtksHousehold h, Scenario scenario, SandboxState state) {
        var answers = new TreeMap<String, Anomaly.Verdict>();
        for (Anomaly a : scenario.anomalies()) {
            if (a.householdId().equals(h.id())) {
                state.anomalyAnswer(a.id()).ifPresent(v -> answers.put(a.id(), v.verdict()));
            }
        }
        return answers;
    }

    /** An identity field changed away from what Dukcapil holds: claiming an error that is not there. */
    private static boolean awayFromDukcapil(DtksHousehold original, Change c, Scenario scenario) {
        if (c.field == Field.NO_KK) {
            return scenario.registry().family(original.kk()).isPresent();
        }
        if (c.member == null || identityClaim(c.field) == null) {
            return false;
        }
        var person = scenario.registry().person(original.members().get(c.member).nik());
        return person.isPresent() && FieldValues.same(c.field, c.before, dukcapilValue(person.get(), c.field))
                && !FieldValues.same(c.field, c.after, dukcapilValue(person.get(), c.field));
    }

    private static String dukcapilValue(Person p, Field f) {
        return switch (f) {
            case NIK -> p.nik();
            case NAME -> p.name();
            case BIRTH_DATE -> p.birthDate().toString();
            case SEX -> p.sex().name();
            default -> "";
        };
    }

    /** The fault an edit of an identity field claims; null for other fields. */
    static FaultType identityClaim(Field f) {
        return switch (f) {
            case NIK -> FaultType.NIK_MALFORMED;
            case NAME -> FaultType.NAME_MISMATCH;
            case BIRTH_DATE, SEX -> FaultType.DATA_DIFFERS;
            case NO_KK -> FaultType.KK_MISMATCH;
            default -> null;
        };
    }

    /** A flag where the record has no such fault: it costs the severity of the fault it claims. */
    private void falseFlag(DtksHousehold h, Integer member, String what, String did, FaultType claimed) {
        String competency = rules.competency(claimed);
        double weight = rules.severity(claimed);
        Tally t = tally(competency);
        t.penalty += weight;
        t.falseWeight += weight;
        t.falseFlags++;
        stepTally(claimed).penalty += weight;
        observe(t, false, false);
        feedback.add(new Feedback(Feedback.Kind.FALSE_FLAG, h.id(), member, subject(h, member), claimed, competency,
                what, did, "", weight));
        critical(claimed, h, member);
    }

    /** A critical error, if a false claim of this fault is one. */
    private void critical(FaultType claimed, DtksHousehold h, Integer member) {
        rules.criticalErrors().stream().filter(c -> c.matches(claimed, member != null)).findFirst()
                .ifPresent(c -> critical.add(new AttemptResult.CriticalHit(c.id(), h.id(), member, subject(h, member))));
    }

    private void needlessEdit(DtksHousehold h, Change c) {
        String competency = fieldCompetency(c.field);
        Tally t = tally(competency);
        t.penalty += NEEDLESS_EDIT_WEIGHT;
        t.falseWeight += NEEDLESS_EDIT_WEIGHT;
        observe(t, false, false);
        feedback.add(new Feedback(Feedback.Kind.NEEDLESS_EDIT, h.id(), c.member, subject(h, c.member), null, competency,
                c.field.name(), c.after, c.before, NEEDLESS_EDIT_WEIGHT));
    }

    // ---- usulan baru and the workflow -----------------------------------------------------------

    /** One proposal is worth {@link #PROPOSAL_WEIGHT}; each wrongly keyed field takes its share off. */
    private void proposal(Family source, String registeredId, SandboxState state) {
        String competency = rules.competency(Exercise.Task.USULAN);
        Tally t = tally(competency);
        Tally step = stepTally(Exercise.Task.USULAN);
        DtksHousehold entered = registeredId == null ? null : state.household(registeredId).orElse(null);
        int rows = Math.max(source.members().size(), entered == null ? 0 : entered.members().size());
        int fields = ENTRY_HOUSEHOLD_FIELDS.size() + rows * ENTRY_MEMBER_FIELDS.size();
        double share = PROPOSAL_WEIGHT / fields;
        t.basis += PROPOSAL_WEIGHT;
        step.basis += PROPOSAL_WEIGHT;
        String subject = source.head().name();
        boolean helped = help.helped(Exercise.Task.USULAN);
        boolean row = true;
        for (Field f : ENTRY_HOUSEHOLD_FIELDS) {
            String right = switch (f) {
                case NO_KK -> source.kk();
                case DUKUH -> source.dukuh();
                case RT -> Integer.toString(source.rt());
                default -> Integer.toString(source.rw());
            };
            row &= entry(t, step, share, entered, f, null, right, entered == null ? "" : FieldValues.get(entered, null, f),
                    subject);
        }
        observe(t, row, helped);
        for (int i = 0; i < rows; i++) {
            Person p = i < source.members().size() ? source.members().get(i) : null;
            DtksMember m = entered != null && i < entered.members().size() ? entered.members().get(i) : null;
            boolean memberRow = true;
            for (Field f : ENTRY_MEMBER_FIELDS) {
                String right = p == null ? "" : personValue(p, f);
                String keyed = m == null ? "" : FieldValues.get(entered, i, f);
                memberRow &= entry(t, step, share, entered, f, i, right, keyed, p != null ? p.name() : subject);
            }
            observe(t, memberRow, helped);
        }
    }

    private boolean entry(Tally t, Tally step, double share, DtksHousehold entered, Field field, Integer member,
                          String right, String keyed, String subject) {
        t.entryFields++;
        if (FieldValues.same(field, right, keyed)) {
            t.entryCorrect++;
            return true;
        }
        t.penalty += share;
        step.penalty += share;
        feedback.add(new Feedback(Feedback.Kind.ENTRY_ERROR, entered == null ? "" : entered.id(), member, subject,
                null, rules.competency(Exercise.Task.USULAN), field.name(), keyed, right, share));
        return false;
    }

    /** A step of the monthly workflow: a gate, not points (it must be done, it cannot pad a score). */
    private boolean workflow(boolean done, Exercise.Task task) {
        Tally t = tally(rules.competency(task));
        t.workflowSteps++;
        if (done) {
            t.workflowDone++;
        } else {
            feedback.add(new Feedback(Feedback.Kind.WORKFLOW, "", null, "", null, rules.competency(task), task.name(),
                    "", task.name(), 0));
        }
        observe(t, done, help.helped(task));
        Tally step = stepTally(task);
        step.workflowSteps++;
        step.workflowDone += done ? 1 : 0;
        return done;
    }

    // ---- totals ---------------------------------------------------------------------------------

    private AttemptResult result(boolean workflowDone) {
        var pass = rules.pass();
        boolean guided = rules.exercise().mode() == ExerciseMode.GUIDED;
        var gates = new ArrayList<AttemptResult.Gate>();
        var results = new ArrayList<CompetencyResult>();
        double basis = 0;
        double penalty = 0;
        for (var e : competencies.entrySet()) {
            Tally t = e.getValue();
            basis += t.basis;
            penalty += t.penalty;
            double helpCost = help.costOf(e.getKey());
            Double unaided = unaided(t);
            Double score = unaided == null ? null : round(Math.max(0, unaided - helpCost));
            Double gate = unaided == null ? null : t.workflowSteps > 0 && t.basis == 0 ? 100.0 : pass.gate(e.getKey());
            boolean met = gate == null || (guided ? round(unaided) : score) >= gate;
            if (gate != null) {
                gates.add(new AttemptResult.Gate(t.workflowSteps > 0 && t.basis == 0 ? AttemptResult.Gate.Kind.WORKFLOW
                        : AttemptResult.Gate.Kind.COMPETENCY, e.getKey(), guided ? round(unaided) : score, gate, met));
            }
            results.add(new CompetencyResult(e.getKey(), t.planted, t.fixed,
                    t.planted == 0 ? null : round4(t.detectedWeight / t.faultWeight),
                    t.detectedWeight + t.falseWeight == 0 ? null
                            : round4(t.detectedWeight / (t.detectedWeight + t.falseWeight)),
                    t.detectedWeight == 0 ? null : round4(t.fixedWeight / t.detectedWeight),
                    clean == 0 ? 0 : round4((double) t.falseFlags / clean),
                    t.entryFields == 0 ? null : round4((double) t.entryCorrect / t.entryFields),
                    score, gate, met, round(helpCost), t.right, t.wrong));
        }
        if (guided) {
            stepGates(gates, pass);
        }
        double unaided = basis == 0 ? (penalty == 0 ? 100 : 0) : 100 * Math.max(0, 1 - penalty / basis);
        double overall = round(Math.max(0, unaided - help.cost()));
        double falseFlagRate = clean == 0 ? 0 : round4((double) falseAlarms / clean);
        gates.addFirst(new AttemptResult.Gate(AttemptResult.Gate.Kind.OVERALL, "", guided ? round(unaided) : overall,
                pass.overall(), (guided ? round(unaided) : overall) >= pass.overall()));
        gates.add(new AttemptResult.Gate(AttemptResult.Gate.Kind.FALSE_FLAGS, "", falseFlagRate, pass.maxFalseFlagRate(),
                falseFlagRate <= pass.maxFalseFlagRate()));
        boolean work = critical.isEmpty() && workflowDone && gates.stream().allMatch(AttemptResult.Gate::met);
        var verdict = !work ? AttemptResult.Verdict.NOT_PASSED
                : help.cost() > 0 || help.reveals() > 0 ? AttemptResult.Verdict.PASSED_WITH_HELP
                : AttemptResult.Verdict.PASSED;
        return new AttemptResult(VERSION, overall, round(unaided), verdict, falseFlagRate, help.summary(),
                SignalDetection.of(hits, faulty, falseAlarms, clean), results, gates, critical, feedback, pass);
    }

    /** 0-100 without help costs; null when the competency had nothing to judge (only false flags claim it). */
    private static Double unaided(Tally t) {
        if (t.basis > 0) {
            return 100 * Math.max(0, 1 - t.penalty / t.basis);
        }
        return t.workflowSteps > 0 ? Double.valueOf(100.0 * t.workflowDone / t.workflowSteps) : null;
    }

    /** Guided: every step must reach the gate of its competency; a step left undone fails the exercise. */
    private void stepGates(List<AttemptResult.Gate> gates, Exercise.PassRule pass) {
        for (Exercise.Step step : rules.exercise().steps()) {
            Tally t = steps.get(step.id());
            if (t == null) {
                continue;
            }
            String competency = step.faults().isEmpty()
                    ? rules.competency(step.tasks().iterator().next()) : rules.competency(step.faults().iterator().next());
            double value = t.basis > 0 ? round(100 * Math.max(0, 1 - t.penalty / t.basis))
                    : t.workflowSteps > 0 ? round(100.0 * t.workflowDone / t.workflowSteps) : 100;
            boolean met = value >= pass.gate(competency) && t.workflowDone == t.workflowSteps;
            gates.add(new AttemptResult.Gate(AttemptResult.Gate.Kind.STEP, step.id(), value, pass.gate(competency), met));
        }
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** What counts towards one competency (or one guided step). */
    private static final class Tally {
        int planted;
        int fixed;
        double faultWeight;
        double falseWeight;
        double basis;
        double penalty;
        double detectedWeight;
        double fixedWeight;
        int falseFlags;
        int entryFields;
        int entryCorrect;
        int workflowSteps;
        int workflowDone;
        int right;
        int wrong;
    }

    private Tally tally(String competency) {
        return competencies.computeIfAbsent(competency, c -> new Tally());
    }

    /** The tally of the guided step that checks this fault, or a throw-away one. */
    private Tally stepTally(FaultType fault) {
        return rules.exercise().stepOf(fault).map(s -> steps.computeIfAbsent(s.id(), k -> new Tally()))
                .orElseGet(Tally::new);
    }

    private Tally stepTally(Exercise.Task task) {
        return rules.exercise().stepOf(task).map(s -> steps.computeIfAbsent(s.id(), k -> new Tally()))
                .orElseGet(Tally::new);
    }

    /**
     * One mastery observation. A right answer reached with help (a hint or a household shown for its
     * step) is not evidence of mastery and is left out; a wrong one always counts.
     */
    private static void observe(Tally t, boolean right, boolean helped) {
        if (!right) {
            t.wrong++;
        } else if (!helped) {
            t.right++;
        }
    }

    private record Change(Field field, Integer member, String before, String after) {
    }

    /** Fields whose value changed, compared as {@link FieldValues#same} does: re-typing is no change. */
    private static List<Change> changes(DtksHousehold original, DtksHousehold now) {
        var changes = new ArrayList<Change>();
        if (original.equals(now)) {
            return changes;
        }
        for (Field f : Field.values()) {
            if (f.householdLevel) {
                String a = FieldValues.get(original, null, f);
                String b = FieldValues.get(now, null, f);
                if (!FieldValues.same(f, a, b)) {
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
                    if (!FieldValues.same(f, a, b)) {
                        changes.add(new Change(f, i, a, b));
                    }
                }
            }
        }
        return changes;
    }

    private static Integer indexOf(DtksHousehold h, String nik) {
        for (int i = 0; i < h.members().size(); i++) {
            if (h.members().get(i).nik().equals(nik)) {
                return i;
            }
        }
        throw new IllegalStateException("no member " + nik + " in " + h.id());
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

    private static boolean memberFlagged(DtksHousehold h, SandboxState state) {
        for (int i = 0; i < h.members().size(); i++) {
            if (state.memberVerval(h.id(), i).map(v -> isFlag(v.status())).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFlag(MemberStatus s) {
        return s != MemberStatus.TERKONFIRMASI;
    }

    /** The fault a household result claims, whose severity a false one carries. */
    static FaultType statusFault(HouseholdStatus s) {
        return switch (s) {
            case TIDAK_DITEMUKAN, DITEMUKAN -> FaultType.NOT_FOUND;
            case PINDAH -> FaultType.MOVED;
            case GANDA -> FaultType.HOUSEHOLD_DUPLICATE;
            case BAGIAN_RUMAH_TANGGA_LAIN -> FaultType.PART_OF_OTHER_HOUSEHOLD;
            case MENOLAK -> FaultType.REFUSED;
        };
    }

    static FaultType eligibilityFault(Eligibility e) {
        return e == Eligibility.SUDAH_MAMPU ? FaultType.WELL_OFF : FaultType.ANOMALY_CONFIRMED;
    }

    /** What a member result claims; a death claims the head's or the sole member's where it is theirs. */
    static FaultType memberStatusFault(MemberStatus s, DtksHousehold h, int member) {
        return switch (s) {
            case MENINGGAL -> h.members().size() == 1 ? FaultType.SOLE_MEMBER_DECEASED
                    : h.members().get(member).relationship() == Relationship.KEPALA ? FaultType.HEAD_DECEASED
                    : FaultType.DECEASED;
            case GANDA -> FaultType.DUPLICATE_PERSON;
            case PINDAH -> FaultType.PECAH_KK;
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

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
