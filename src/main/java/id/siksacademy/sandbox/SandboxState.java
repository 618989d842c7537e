package id.siksacademy.sandbox;

import id.siksacademy.sandbox.FieldRules.Problem;
import id.siksacademy.sandbox.SandboxAction.AddHousehold;
import id.siksacademy.sandbox.SandboxAction.AddMember;
import id.siksacademy.sandbox.SandboxAction.AnswerAnomaly;
import id.siksacademy.sandbox.SandboxAction.Edit;
import id.siksacademy.sandbox.SandboxAction.Finalise;
import id.siksacademy.sandbox.SandboxAction.MeetingKind;
import id.siksacademy.sandbox.SandboxAction.NewMember;
import id.siksacademy.sandbox.SandboxAction.Padan;
import id.siksacademy.sandbox.SandboxAction.RecordMeeting;
import id.siksacademy.sandbox.SandboxAction.ReplaceHead;
import id.siksacademy.sandbox.SandboxAction.SetEligibility;
import id.siksacademy.sandbox.SandboxAction.SetHouseholdStatus;
import id.siksacademy.sandbox.SandboxAction.SetMemberStatus;
import id.siksacademy.scenario.Anomaly;
import id.siksacademy.scenario.Assets;
import id.siksacademy.scenario.Desil;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.DtksMember;
import id.siksacademy.scenario.Education;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.Housing;
import id.siksacademy.scenario.MaritalStatus;
import id.siksacademy.scenario.MemberStatus;
import id.siksacademy.scenario.MonthlyCalendar;
import id.siksacademy.scenario.Occupation;
import id.siksacademy.scenario.Programs;
import id.siksacademy.scenario.Relationship;
import id.siksacademy.scenario.Scenario;
import id.siksacademy.scenario.Sex;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SIKS-NG replica's data for one attempt: the generated scenario with the recorded actions
 * applied, in order. {@code replay(scenario, actions)} always rebuilds the same state.
 * Not thread-safe: its owner serialises access.
 */
public final class SandboxState {

    private final Scenario scenario;
    private final Set<String> villageCodes;
    private final MonthlyCalendar calendar;
    private final LinkedHashMap<String, DtksHousehold> households = new LinkedHashMap<>();
    private final Map<String, DtksHousehold> originals = new HashMap<>();
    private final Map<String, Verval.OfHousehold> householdVerval = new HashMap<>();
    private final Map<String, Map<Integer, Verval.OfMember>> memberVerval = new HashMap<>();
    private final Map<String, Verval.OfEligibility> eligibility = new HashMap<>();
    private final Map<String, Verval.OfAnomaly> anomalyAnswers = new HashMap<>();
    private final Map<String, Anomaly> anomalies = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<PadanResult> padanLog = new ArrayList<>();
    private final Map<Integer, String> registeredProposals = new HashMap<>();
    private final Map<String, Integer> hintLevels = new HashMap<>();
    private final Map<String, Integer> stepChecks = new HashMap<>();
    private final Map<String, Integer> reveals = new HashMap<>();
    private int hintPenalty;
    private int revealPenalty;
    private Meeting meeting;
    private boolean finalised;
    private int applied;

    private SandboxState(Scenario scenario, Set<String> villageCodes) {
        this.scenario = scenario;
        this.villageCodes = Set.copyOf(villageCodes);
        this.calendar = new MonthlyCalendar(scenario.regime());
        scenario.households().forEach(h -> {
            households.put(h.id(), h);
            originals.put(h.id(), h);
        });
        scenario.anomalies().forEach(a -> anomalies.put(a.id(), a));
    }

    public static SandboxState of(Scenario scenario, Set<String> villageCodes) {
        return new SandboxState(scenario, villageCodes);
    }

    public static SandboxState replay(Scenario scenario, Set<String> villageCodes, List<SandboxAction> actions) {
        var state = new SandboxState(scenario, villageCodes);
        actions.forEach(state::apply);
        return state;
    }

    // ---- rules ----------------------------------------------------------------------------------

    /** Why SIKS-NG would refuse this action now, if it would. */
    public Optional<Problem> check(SandboxAction action) {
        if (finalised) {
            return problem("sandbox.error.finalised");
        }
        if (changesData(action) && !calendar.inputOpen(asOf())) {
            return Optional.of(new Problem("sandbox.error.input-closed", MonthlyCalendar.LAST_INPUT_DAY));
        }
        return switch (action) {
            case Edit e -> checkEdit(e);
            case SetHouseholdStatus s -> checkHouseholdStatus(s);
            case SetMemberStatus s -> checkMemberStatus(s);
            case SetEligibility e -> !households.containsKey(e.householdId()) ? problem("sandbox.error.no-household")
                    : e.eligibility() == null ? problem("check.required") : reason(e.reason());
            case ReplaceHead r -> checkReplaceHead(r);
            case AddMember a -> checkAddMember(a);
            case AnswerAnomaly a -> !anomalies.containsKey(a.anomalyId()) ? problem("sandbox.error.no-anomaly")
                    : a.verdict() == null || a.evidence() == null || a.evidence().isBlank() ? problem("check.required")
                    : a.evidence().length() > 500 ? Optional.of(new Problem("check.too-long", 500)) : Optional.empty();
            case Padan p -> p.kind() == null || p.query() == null || p.query().isBlank() ? problem("check.required")
                    : p.query().trim().matches("\\d{16}") ? Optional.empty()
                    : problem(p.kind() == SandboxAction.PadanKind.KK ? "check.kk" : "check.nik");
            case AddHousehold a -> checkNewHousehold(a);
            case RecordMeeting m -> checkMeeting(m);
            case Finalise f -> checkFinalise();
            case SandboxAction.CheckStep c -> c.stepId() == null || c.stepId().isBlank() ? problem("check.required")
                    : Optional.empty();
            case SandboxAction.UseHint h -> h.level() != hintLevels.getOrDefault(h.stepId(), 0) + 1 || h.cost() < 0
                    ? problem("sandbox.error.hint-order") : Optional.empty();
            case SandboxAction.ShowHousehold r -> r.stepId() == null || r.stepId().isBlank() || r.cost() < 0
                    || !households.containsKey(r.householdId()) ? problem("check.required") : Optional.empty();
        };
    }

    /** Actions that key data, which the monthly calendar closes after the input days. */
    private static boolean changesData(SandboxAction action) {
        return action instanceof Edit || action instanceof SetHouseholdStatus || action instanceof SetMemberStatus
                || action instanceof SetEligibility || action instanceof ReplaceHead || action instanceof AddMember
                || action instanceof AnswerAnomaly || action instanceof AddHousehold;
    }

    private Optional<Problem> checkEdit(Edit e) {
        DtksHousehold h = households.get(e.householdId());
        if (h == null || e.field() == null) {
            return problem("sandbox.error.no-household");
        }
        if (!e.field().householdLevel && (e.memberIndex() == null || e.memberIndex() < 0
                || e.memberIndex() >= h.members().size())) {
            return problem("sandbox.error.no-member");
        }
        Optional<Problem> p = FieldRules.check(e.field(), e.value(), scenario.spec().asOf(), villageCodes);
        if (p.isPresent()) {
            return p;
        }
        String current = FieldValues.get(h, e.field().householdLevel ? null : e.memberIndex(), e.field());
        return FieldValues.same(e.field(), current, e.value()) ? problem("check.unchanged") : Optional.empty();
    }

    private Optional<Problem> checkHouseholdStatus(SetHouseholdStatus s) {
        if (!households.containsKey(s.householdId())) {
            return problem("sandbox.error.no-household");
        }
        if (s.status() == null) {
            return problem("check.required");
        }
        if (s.status().linked() && !otherHousehold(s.linkedHouseholdId(), s.householdId())) {
            return problem("sandbox.error.household-link");
        }
        return reason(s.reason());
    }

    private Optional<Problem> checkMemberStatus(SetMemberStatus s) {
        DtksHousehold h = households.get(s.householdId());
        if (h == null) {
            return problem("sandbox.error.no-household");
        }
        if (s.memberIndex() < 0 || s.memberIndex() >= h.members().size()) {
            return problem("sandbox.error.no-member");
        }
        if (s.status() == null) {
            return problem("check.required");
        }
        if (s.status().linked() && !otherHousehold(s.linkedHouseholdId(), s.householdId())) {
            return problem(s.status() == MemberStatus.GANDA ? "sandbox.error.duplicate-link" : "sandbox.error.move-link");
        }
        if (s.status() == MemberStatus.MENINGGAL && h.members().get(s.memberIndex()).relationship() == Relationship.KEPALA
                && livingOthers(h, s.memberIndex()) > 0) {
            return problem("sandbox.error.head-died");
        }
        return reason(s.reason());
    }

    private Optional<Problem> checkReplaceHead(ReplaceHead r) {
        DtksHousehold h = households.get(r.householdId());
        if (h == null) {
            return problem("sandbox.error.no-household");
        }
        int n = h.members().size();
        if (r.deceasedIndex() < 0 || r.deceasedIndex() >= n || r.newHeadIndex() < 0 || r.newHeadIndex() >= n) {
            return problem("sandbox.error.no-member");
        }
        if (h.members().get(r.deceasedIndex()).relationship() != Relationship.KEPALA) {
            return problem("sandbox.error.not-head");
        }
        if (r.newHeadIndex() == r.deceasedIndex() || !living(h.id(), r.newHeadIndex())) {
            return problem("sandbox.error.new-head");
        }
        return reason(r.reason());
    }

    private Optional<Problem> checkAddMember(AddMember a) {
        DtksHousehold h = households.get(a.householdId());
        if (h == null) {
            return problem("sandbox.error.no-household");
        }
        if (a.member() == null) {
            return problem("check.required");
        }
        for (var f : memberFields(a.member()).entrySet()) {
            var problem = FieldRules.check(f.getKey(), f.getValue(), asOf(), villageCodes);
            if (problem.isPresent()) {
                return Optional.of(problem.get().inMember(h.members().size() + 1, f.getKey()));
            }
        }
        if (Relationship.KEPALA.name().equals(a.member().relationship())) {
            return problem("sandbox.error.one-head");
        }
        return registered(a.member().nik());
    }

    /** SIKS-NG refuses a NIK that DTKS already lists, naming the household that holds it. */
    private Optional<Problem> registered(String nik) {
        String n = nik == null ? "" : nik.trim();
        for (DtksHousehold h : households.values()) {
            for (DtksMember m : h.members()) {
                if (m.nik().equals(n)) {
                    return Optional.of(new Problem("sandbox.error.nik-registered", n, h.id()));
                }
            }
        }
        return Optional.empty();
    }

    private boolean otherHousehold(String linked, String self) {
        return linked != null && households.containsKey(linked) && !linked.equals(self);
    }

    private Optional<Problem> checkNewHousehold(AddHousehold a) {
        if (a.proposal() < 0 || a.proposal() >= scenario.proposals().size()) {
            return problem("sandbox.error.no-proposal");
        }
        if (registeredProposals.containsKey(a.proposal())) {
            return problem("sandbox.error.proposal-done");
        }
        var p = FieldRules.check(Field.NO_KK, a.kk(), asOf(), villageCodes)
                .or(() -> FieldRules.check(Field.DUKUH, a.dukuh(), asOf(), villageCodes))
                .or(() -> FieldRules.check(Field.RT, Integer.toString(a.rt()), asOf(), villageCodes))
                .or(() -> FieldRules.check(Field.RW, Integer.toString(a.rw()), asOf(), villageCodes));
        if (p.isPresent()) {
            return p;
        }
        if (a.members().isEmpty()) {
            return problem("sandbox.error.no-members");
        }
        long heads = a.members().stream().filter(m -> Relationship.KEPALA.name().equals(m.relationship())).count();
        if (heads != 1) {
            return problem("sandbox.error.one-head");
        }
        for (int i = 0; i < a.members().size(); i++) {
            for (var f : memberFields(a.members().get(i)).entrySet()) {
                var problem = FieldRules.check(f.getKey(), f.getValue(), asOf(), villageCodes);
                if (problem.isPresent()) {
                    return Optional.of(problem.get().inMember(i + 1, f.getKey()));
                }
            }
            int member = i + 1;
            var taken = registered(a.members().get(i).nik()).map(x -> x.inMember(member, Field.NIK));
            if (taken.isPresent()) {
                return taken;
            }
        }
        return Optional.empty();
    }

    private Optional<Problem> checkMeeting(RecordMeeting m) {
        LocalDate date;
        try {
            date = LocalDate.parse(m.date());
        } catch (DateTimeParseException | NullPointerException e) {
            return problem("check.date");
        }
        if (!calendar.meetingDateAllowed(date, asOf())) {
            return Optional.of(new Problem(scenario.regime().dtsen() ? "sandbox.error.meeting-date-month"
                    : "sandbox.error.meeting-date", calendar.firstMeetingDay(asOf()), calendar.lastMeetingDay(asOf())));
        }
        if (m.kind() == MeetingKind.SPTJM && !registeredProposals.isEmpty()) {
            return problem("sandbox.error.sptjm-proposals");
        }
        if (m.kind() == MeetingKind.MUSDES && (m.participants() < 2 || m.participants() > 1000)) {
            return Optional.of(new Problem("check.range", 2, 1000));
        }
        if (m.decisions() == null || m.decisions().trim().length() < 10 || m.decisions().length() > 2000) {
            return problem("sandbox.error.meeting-decisions");
        }
        return m.fileId() <= 0 ? problem("sandbox.error.meeting-file") : Optional.empty();
    }

    private Optional<Problem> checkFinalise() {
        if (!calendar.finaliseOpen(asOf())) {
            return Optional.of(new Problem("sandbox.error.cut-off", MonthlyCalendar.CUT_OFF_DAY));
        }
        if (meeting != null && meeting.kind() == MeetingKind.SPTJM && !registeredProposals.isEmpty()) {
            return problem("sandbox.error.sptjm-proposals");
        }
        return Optional.empty();
    }

    private static Optional<Problem> reason(String reason) {
        return reason != null && reason.length() > 200 ? Optional.of(new Problem("check.too-long", 200))
                : Optional.empty();
    }

    private static Optional<Problem> problem(String key) {
        return Optional.of(new Problem(key));
    }

    // ---- applying -----------------------------------------------------------------------------

    /**
     * Applies an action that {@link #check} accepted (the log only ever holds such actions).
     * Returns the Padan answer for a look-up, else null.
     */
    PadanResult apply(SandboxAction action) {
        check(action).ifPresent(p -> {
            throw new IllegalArgumentException("Refused action " + action + ": " + p.key());
        });
        int seq = ++applied;
        PadanResult result = null;
        switch (action) {
            case Edit e -> edit(seq, e.householdId(), e.memberIndex(), e.field(), e.value());
            case SetHouseholdStatus s -> {
                var before = householdVerval.get(s.householdId());
                householdVerval.put(s.householdId(), new Verval.OfHousehold(s.status(), trim(s.reason()),
                        s.status().linked() ? s.linkedHouseholdId() : null));
                changes.add(new Change(seq, s.householdId(), null, households.get(s.householdId()).headName(), "STATUS",
                        before == null ? "" : before.status().name(), s.status().name()));
            }
            case SetMemberStatus s -> memberStatus(seq, s.householdId(), s.memberIndex(), s.status(), s.reason(),
                    s.status().linked() ? s.linkedHouseholdId() : null);
            case SetEligibility e -> {
                var before = eligibility.get(e.householdId());
                eligibility.put(e.householdId(), new Verval.OfEligibility(e.eligibility(), trim(e.reason())));
                changes.add(new Change(seq, e.householdId(), null, households.get(e.householdId()).headName(),
                        "ELIGIBILITY", before == null ? "" : before.eligibility().name(), e.eligibility().name()));
            }
            case ReplaceHead r -> {
                memberStatus(seq, r.householdId(), r.deceasedIndex(), MemberStatus.MENINGGAL, r.reason(), null);
                edit(seq, r.householdId(), r.newHeadIndex(), Field.RELATIONSHIP, Relationship.KEPALA.name());
            }
            case AddMember a -> {
                DtksHousehold h = households.get(a.householdId());
                DtksMember m = member(a.member(), h.kk());
                households.put(h.id(), h.plusMember(m));
                changes.add(new Change(seq, h.id(), h.members().size(), m.name(), "NEW_MEMBER", "", m.nik()));
            }
            case AnswerAnomaly a -> {
                var before = anomalyAnswers.get(a.anomalyId());
                anomalyAnswers.put(a.anomalyId(), new Verval.OfAnomaly(a.verdict(), a.evidence().trim()));
                Anomaly anomaly = anomalies.get(a.anomalyId());
                changes.add(new Change(seq, anomaly.householdId(), null, memberName(anomaly), "ANOMALY",
                        before == null ? "" : before.verdict().name(), a.verdict().name()));
            }
            case Padan p -> {
                result = padan(p.kind(), p.query());
                padanLog.add(result);
            }
            case AddHousehold a -> addHousehold(seq, a);
            case RecordMeeting m -> {
                meeting = new Meeting(LocalDate.parse(m.date()), m.participants(), m.decisions().trim(), m.fileId(),
                        m.fileName(), m.kind());
                changes.add(new Change(seq, null, null, m.fileName(), m.kind() == MeetingKind.SPTJM ? "SPTJM" : "MEETING",
                        "", m.date()));
            }
            case Finalise f -> finalised = true;
            case SandboxAction.CheckStep c -> stepChecks.merge(c.stepId(), 1, Integer::sum);
            case SandboxAction.UseHint h -> {
                hintLevels.put(h.stepId(), h.level());
                hintPenalty += h.cost();
            }
            case SandboxAction.ShowHousehold r -> {
                reveals.merge(r.stepId(), 1, Integer::sum);
                revealPenalty += r.cost();
            }
        }
        return result;
    }

    private void edit(int seq, String householdId, Integer memberIndex, Field field, String value) {
        DtksHousehold h = households.get(householdId);
        Integer index = field.householdLevel ? null : memberIndex;
        String before = FieldValues.get(h, index, field);
        String after = FieldRules.normalise(field, value);
        households.put(h.id(), FieldValues.set(h, index, field, after));
        String subject = index == null ? h.headName() : h.members().get(index).name();
        changes.add(new Change(seq, h.id(), index, subject, field.name(), before, after));
    }

    private void memberStatus(int seq, String householdId, int index, MemberStatus status, String reason, String linked) {
        var map = memberVerval.computeIfAbsent(householdId, k -> new HashMap<>());
        var before = map.get(index);
        map.put(index, new Verval.OfMember(status, trim(reason), linked));
        changes.add(new Change(seq, householdId, index, households.get(householdId).members().get(index).name(),
                "MEMBER_STATUS", before == null ? "" : before.status().name(), status.name()));
    }

    private void addHousehold(int seq, AddHousehold a) {
        String kk = a.kk().trim();
        var members = a.members().stream().map(m -> member(m, kk)).toList();
        String id = scenario.village().bpsCode() + String.format(java.util.Locale.ROOT, "%06d", 900_001 + a.proposal());
        var h = new DtksHousehold(id, scenario.village().code(), norm(Field.DUKUH, a.dukuh()), a.rt(), a.rw(), kk,
                NOT_SURVEYED_HOUSING, Assets.notSurveyed(), Programs.NONE, Desil.NOT_RANKED, members);
        households.put(id, h);
        registeredProposals.put(a.proposal(), id);
        changes.add(new Change(seq, id, null, h.headName(), "NEW_HOUSEHOLD", "", kk));
    }

    private static DtksMember member(NewMember m, String kk) {
        return new DtksMember(m.nik().trim(), kk, norm(Field.NAME, m.name()), Sex.valueOf(m.sex()),
                norm(Field.BIRTH_PLACE, m.birthPlace()), LocalDate.parse(m.birthDate()),
                Relationship.valueOf(m.relationship()), MaritalStatus.valueOf(m.maritalStatus()),
                norm(Field.MOTHER_NAME, m.motherName()), Education.valueOf(m.education()),
                Occupation.valueOf(m.occupation()), false, false);
    }

    /** A proposed household is registered before its housing survey: codes 0 mean "not yet surveyed". */
    static final Housing NOT_SURVEYED_HOUSING = new Housing(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    private static Map<Field, String> memberFields(NewMember m) {
        var map = new EnumMap<Field, String>(Field.class);
        map.put(Field.NIK, m.nik());
        map.put(Field.NAME, m.name());
        map.put(Field.SEX, m.sex());
        map.put(Field.BIRTH_PLACE, m.birthPlace());
        map.put(Field.BIRTH_DATE, m.birthDate());
        map.put(Field.RELATIONSHIP, m.relationship());
        map.put(Field.MARITAL_STATUS, m.maritalStatus());
        map.put(Field.MOTHER_NAME, m.motherName());
        map.put(Field.EDUCATION, m.education());
        map.put(Field.OCCUPATION, m.occupation());
        return map;
    }

    private static String norm(Field f, String v) {
        return FieldRules.normalise(f, v);
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private String memberName(Anomaly a) {
        DtksHousehold h = households.get(a.householdId());
        return h.members().stream().filter(m -> m.nik().equals(a.memberNik())).map(DtksMember::name).findFirst()
                .orElse(h.headName());
    }

    // ---- queries ------------------------------------------------------------------------------

    /** A Padan Dukcapil look-up against the current data, without recording it. */
    /** The village's central matching result on the current data (see {@link PadanDukcapil#village}). */
    public List<PadanRow> padanVillage() {
        return PadanDukcapil.village(scenario.registry(), asOf(), households.values());
    }

    public PadanResult padan(SandboxAction.PadanKind kind, String query) {
        return PadanDukcapil.lookup(scenario.registry(), asOf(), households.values(), kind, query);
    }

    public Scenario scenario() { return scenario; }
    public LocalDate asOf() { return scenario.spec().asOf(); }
    public int applied() { return applied; }
    public boolean finalised() { return finalised; }
    public Optional<Meeting> meeting() { return Optional.ofNullable(meeting); }
    public List<Change> changes() { return Collections.unmodifiableList(changes); }
    public List<PadanResult> padanLog() { return Collections.unmodifiableList(padanLog); }
    public Set<String> villageCodes() { return villageCodes; }

    /** Current households, original ones first in DTKS order, then registered proposals. */
    public List<DtksHousehold> households() {
        return List.copyOf(households.values());
    }

    public Optional<DtksHousehold> household(String id) {
        return Optional.ofNullable(households.get(id));
    }

    /** The household as the scenario delivered it; empty for a registered proposal. */
    public Optional<DtksHousehold> original(String id) {
        return Optional.ofNullable(originals.get(id));
    }

    public Optional<Verval.OfHousehold> householdVerval(String id) {
        return Optional.ofNullable(householdVerval.get(id));
    }

    public Optional<Verval.OfMember> memberVerval(String id, int memberIndex) {
        return Optional.ofNullable(memberVerval.getOrDefault(id, Map.of()).get(memberIndex));
    }

    public Optional<Verval.OfEligibility> eligibility(String id) {
        return Optional.ofNullable(eligibility.get(id));
    }

    public MonthlyCalendar calendar() {
        return calendar;
    }

    /** The central anomaly lists' lines for the village. */
    public List<Anomaly> anomalies() {
        return List.copyOf(anomalies.values());
    }

    public Optional<Anomaly> anomaly(String id) {
        return Optional.ofNullable(anomalies.get(id));
    }

    public Optional<Verval.OfAnomaly> anomalyAnswer(String anomalyId) {
        return Optional.ofNullable(anomalyAnswers.get(anomalyId));
    }

    /** Whether a member is still counted: not marked meninggal, pindah or ganda. */
    public boolean living(String id, int memberIndex) {
        return memberVerval(id, memberIndex).map(v -> v.status() == MemberStatus.TERKONFIRMASI
                || v.status() == MemberStatus.TIDAK_TERKONFIRMASI).orElse(true);
    }

    private int livingOthers(DtksHousehold h, int except) {
        int n = 0;
        for (int i = 0; i < h.members().size(); i++) {
            n += i != except && living(h.id(), i) ? 1 : 0;
        }
        return n;
    }

    /** Members of other households marked as moved into this one (pecah KK): household id and index. */
    public List<Map.Entry<String, Integer>> incoming(String id) {
        var list = new ArrayList<Map.Entry<String, Integer>>();
        for (var h : memberVerval.entrySet()) {
            h.getValue().forEach((index, v) -> {
                if (v.status() == MemberStatus.PINDAH && id.equals(v.linkedHouseholdId())) {
                    list.add(Map.entry(h.getKey(), index));
                }
            });
        }
        list.sort(Map.Entry.<String, Integer>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        return list;
    }

    /** The name of the living head: after a head's death, the member who took over. */
    public String headName(DtksHousehold h) {
        for (int i = 0; i < h.members().size(); i++) {
            if (h.members().get(i).relationship() == Relationship.KEPALA && living(h.id(), i)) {
                return h.members().get(i).name();
            }
        }
        return h.headName();
    }

    /** Hints taken per step (the highest stage reached). */
    public Map<String, Integer> hintLevels() {
        return Map.copyOf(hintLevels);
    }

    /** How often each guided step was checked. */
    public int stepChecks(String stepId) {
        return stepChecks.getOrDefault(stepId, 0);
    }

    /** Points the hints taken cost. */
    public int hintPenalty() {
        return hintPenalty;
    }

    /** How often a household was shown for each guided step. */
    public int reveals(String stepId) {
        return reveals.getOrDefault(stepId, 0);
    }

    /** Points the households shown cost. */
    public int revealPenalty() {
        return revealPenalty;
    }

    /** Step checks per step, for the result. */
    public Map<String, Integer> stepChecks() {
        return Map.copyOf(stepChecks);
    }

    public Map<Integer, String> registeredProposals() {
        return Map.copyOf(registeredProposals);
    }

    /**
     * Whether the operator did anything to the household: a verval result for it or a member, or a
     * changed field. An untouched household goes out as it is, which is right for correct data.
     */
    public boolean touched(String id) {
        return householdVerval.containsKey(id) || !memberVerval.getOrDefault(id, Map.of()).isEmpty()
                || eligibility.containsKey(id) || anomalies.values().stream().anyMatch(a -> a.householdId().equals(id)
                && anomalyAnswers.containsKey(a.id()))
                || !Optional.ofNullable(originals.get(id)).map(o -> o.equals(households.get(id))).orElse(true);
    }

    /** Original households the operator has not touched (see {@link #touched}). */
    public int untouchedCount() {
        return (int) originals.keySet().stream().filter(id -> !touched(id)).count();
    }

    /** Households per verval result; those without one under null. */
    public Map<HouseholdStatus, Integer> statusCounts() {
        var counts = new LinkedHashMap<HouseholdStatus, Integer>();
        for (String id : households.keySet()) {
            var v = householdVerval.get(id);
            counts.merge(v == null ? null : v.status(), 1, Integer::sum);
        }
        return counts;
    }
}
