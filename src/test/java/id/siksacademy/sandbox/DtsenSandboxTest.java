package id.siksacademy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.region.Village;
import id.siksacademy.sandbox.SandboxAction.MeetingKind;
import id.siksacademy.scenario.Anomaly;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.ExpectedAction;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;
import id.siksacademy.scenario.Relationship;
import id.siksacademy.scenario.Scenario;
import id.siksacademy.scenario.ScenarioSpec;
import id.siksacademy.scenario.TestContent;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sandbox as SIKS-NG behaves under DTSEN: its calendar, its links, its refusals and its result lists. */
class DtsenSandboxTest {

    static final Set<String> VILLAGES = TestContent.get().kabupaten().villages().map(Village::code)
            .collect(Collectors.toSet());
    static final ScenarioSpec SPEC = TestContent.get().scenario("desa-latihan-120").orElseThrow();
    static final Scenario SCENARIO = TestContent.generate(SPEC, 12);

    @Test
    void data_input_closes_after_the_11th_and_sending_after_the_17th() {
        String id = SCENARIO.households().getFirst().id();
        var found = new SandboxAction.SetHouseholdStatus(id, HouseholdStatus.DITEMUKAN, "");
        assertThat(on(LocalDate.of(2026, 10, 11)).check(found)).isEmpty();
        assertThat(key(on(LocalDate.of(2026, 10, 12)).check(found))).isEqualTo("sandbox.error.input-closed");
        assertThat(on(LocalDate.of(2026, 10, 12)).check(new SandboxAction.Padan(SandboxAction.PadanKind.NIK,
                SCENARIO.households().getFirst().members().getFirst().nik()))).as("look-ups stay open").isEmpty();
        assertThat(on(LocalDate.of(2026, 10, 17)).check(new SandboxAction.Finalise())).isEmpty();
        assertThat(key(on(LocalDate.of(2026, 10, 18)).check(new SandboxAction.Finalise()))).isEqualTo("sandbox.error.cut-off");
    }

    @Test
    void the_meeting_is_dated_in_days_1_to_14_of_the_month_and_not_after_today() {
        var early = on(LocalDate.of(2026, 10, 8));
        assertThat(early.check(meeting("2026-10-01", MeetingKind.MUSDES))).isEmpty();
        assertThat(early.check(meeting("2026-10-08", MeetingKind.MUSDES))).isEmpty();
        assertThat(key(early.check(meeting("2026-10-09", MeetingKind.MUSDES)))).isEqualTo("sandbox.error.meeting-date-month");
        assertThat(key(early.check(meeting("2026-09-30", MeetingKind.MUSDES)))).isEqualTo("sandbox.error.meeting-date-month");
        var late = on(LocalDate.of(2026, 10, 16));
        assertThat(late.check(meeting("2026-10-14", MeetingKind.MUSDES))).isEmpty();
        assertThat(key(late.check(meeting("2026-10-15", MeetingKind.MUSDES)))).isEqualTo("sandbox.error.meeting-date-month");
        var dtks = SandboxState.of(TestContent.generate(TestContent.get().scenario("pati-bst-2020").map(s ->
                new ScenarioSpec("kecil", "33.18.01", false, 20, s.asOf(), java.util.Map.of(), 0, 1L, s.regime()))
                .orElseThrow(), 1), VILLAGES);
        assertThat(dtks.check(meeting("2021-02-01", MeetingKind.MUSDES))).as("DTKS 2020: the last 90 days").isEmpty();
    }

    @Test
    void an_sptjm_stands_in_for_the_meeting_only_without_new_proposals() {
        var spec = TestContent.get().exercise("terpandu-k7-usulan").orElseThrow().scenario();
        var scenario = TestContent.generate(spec, 3);
        var state = SandboxState.of(scenario, VILLAGES);
        assertThat(state.check(meeting("2026-10-05", MeetingKind.SPTJM))).isEmpty();
        state.apply(meeting("2026-10-05", MeetingKind.SPTJM));
        state.apply(exactEntry(0, scenario.proposals().getFirst().family()));
        assertThat(key(state.check(new SandboxAction.Finalise()))).isEqualTo("sandbox.error.sptjm-proposals");
        assertThat(key(state.check(meeting("2026-10-06", MeetingKind.SPTJM)))).isEqualTo("sandbox.error.sptjm-proposals");
        state.apply(meeting("2026-10-06", MeetingKind.MUSDES));
        assertThat(state.check(new SandboxAction.Finalise())).isEmpty();
    }

    @Test
    void a_nik_already_registered_is_refused_and_the_household_holding_it_named() {
        var state = SandboxState.of(SCENARIO, VILLAGES);
        var h = SCENARIO.households().get(3);
        var taken = h.members().getFirst();
        var member = new SandboxAction.NewMember(taken.nik(), "AHMAD", "LAKI_LAKI", "PATI", "1990-01-02", "ANAK",
                "BELUM_KAWIN", "ANI", "TAMAT_SD", "PETANI_PEKEBUN");
        var problem = state.check(new SandboxAction.AddMember(SCENARIO.households().get(5).id(), member)).orElseThrow();
        assertThat(problem.key()).isEqualTo("sandbox.error.nik-registered");
        assertThat(problem.params()).containsExactly(taken.nik(), h.id());
    }

    @Test
    void a_head_is_never_marked_dead_without_a_successor_and_a_link_is_required_where_the_form_asks_one() {
        var state = SandboxState.of(SCENARIO, VILLAGES);
        var couple = SCENARIO.households().stream().filter(h -> h.members().size() > 1
                && h.members().getFirst().relationship() == Relationship.KEPALA).findFirst().orElseThrow();
        assertThat(key(state.check(new SandboxAction.SetMemberStatus(couple.id(), 0, MemberStatus.MENINGGAL, "", null))))
                .isEqualTo("sandbox.error.head-died");
        assertThat(key(state.check(new SandboxAction.ReplaceHead(couple.id(), 1, 0, "")))).isEqualTo("sandbox.error.not-head");
        assertThat(key(state.check(new SandboxAction.ReplaceHead(couple.id(), 0, 0, "")))).isEqualTo("sandbox.error.new-head");
        state.apply(new SandboxAction.ReplaceHead(couple.id(), 0, 1, "Dukcapil"));
        var now = state.household(couple.id()).orElseThrow();
        assertThat(now.members().get(1).relationship()).isEqualTo(Relationship.KEPALA);
        assertThat(state.memberVerval(couple.id(), 0)).get().extracting(Verval.OfMember::status)
                .isEqualTo(MemberStatus.MENINGGAL);
        assertThat(state.headName(now)).isEqualTo(now.members().get(1).name());

        String other = SCENARIO.households().getLast().id();
        assertThat(key(state.check(new SandboxAction.SetHouseholdStatus(other, HouseholdStatus.GANDA, "", null))))
                .isEqualTo("sandbox.error.household-link");
        assertThat(key(state.check(new SandboxAction.SetHouseholdStatus(other, HouseholdStatus.BAGIAN_RUMAH_TANGGA_LAIN,
                "", other)))).isEqualTo("sandbox.error.household-link");
        assertThat(key(state.check(new SandboxAction.SetMemberStatus(other, 0, MemberStatus.PINDAH, "", null))))
                .isEqualTo("sandbox.error.move-link");
    }

    @Test
    void a_member_moved_in_by_pecah_kk_shows_in_the_household_they_moved_to() {
        var pecah = entry(FaultType.PECAH_KK);
        var move = (ExpectedAction.SetMemberStatus) pecah.action();
        var h = household(pecah.householdId());
        int index = indexOf(h, move.memberNik());
        var state = SandboxState.of(SCENARIO, VILLAGES);
        state.apply(new SandboxAction.SetMemberStatus(h.id(), index, MemberStatus.PINDAH, "menikah", move.linkedHouseholdId()));
        assertThat(state.incoming(move.linkedHouseholdId())).containsExactly(java.util.Map.entry(h.id(), index));
        assertThat(state.living(h.id(), index)).isFalse();
    }

    @Test
    void the_village_matching_result_lists_exactly_what_padan_can_show() {
        var rows = SandboxState.of(SCENARIO, VILLAGES).padanVillage();
        for (var e : SCENARIO.answerKey().entries()) {
            var flagged = rows.stream().filter(r -> r.householdId().equals(e.householdId()) && r.needsAction()).toList();
            switch (e.fault()) {
                case NIK_MALFORMED, NIK_PLACEHOLDER -> assertThat(flagged).extracting(PadanRow::outcome)
                        .containsExactly(PadanRow.Outcome.NIK_TIDAK_VALID);
                case NIK_UNKNOWN -> assertThat(flagged).extracting(PadanRow::outcome)
                        .containsExactly(PadanRow.Outcome.TIDAK_DITEMUKAN);
                case NAME_MISMATCH, NAME_PLACEHOLDER, DATA_DIFFERS, PECAH_KK -> assertThat(flagged)
                        .extracting(PadanRow::outcome).containsExactly(PadanRow.Outcome.TIDAK_PADAN);
                case MEMBER_MISSING -> assertThat(flagged).extracting(PadanRow::outcome)
                        .containsExactly(PadanRow.Outcome.BELUM_TERDATA);
                case DECEASED, HEAD_DECEASED, SOLE_MEMBER_DECEASED -> assertThat(flagged).singleElement()
                        .extracting(PadanRow::deceased).isEqualTo(true);
                case CLEAN, NOT_FOUND, REFUSED, MOVED, STRUCTURE_BROKEN, WELL_OFF, ASSET_CODE_SLIP, OUTSIDE_VILLAGE,
                     ANOMALY_CONFIRMED, ANOMALY_REFUTED, PART_OF_OTHER_HOUSEHOLD, HOUSEHOLD_DUPLICATE ->
                        assertThat(flagged).as(e.fault() + " " + e.householdId()).isEmpty();
                case KK_MISMATCH -> assertThat(flagged).isNotEmpty().allMatch(r -> r.differing().contains(
                        id.siksacademy.scenario.Field.NO_KK));
                case DUPLICATE_PERSON -> assertThat(flagged).extracting(PadanRow::outcome)
                        .containsExactly(PadanRow.Outcome.TIDAK_PADAN);
            }
        }
    }

    @Test
    void the_approval_chain_returns_proposals_without_minutes_and_asks_for_missing_reasons() {
        var spec = TestContent.get().exercise("terpandu-k7-usulan").orElseThrow().scenario();
        var scenario = TestContent.generate(spec, 4);
        var state = SandboxState.of(scenario, VILLAGES);
        assertThat(ApprovalChain.of(state)).isEmpty();
        state.apply(exactEntry(0, scenario.proposals().getFirst().family()));
        state.apply(new SandboxAction.SetHouseholdStatus(scenario.households().getFirst().id(), HouseholdStatus.PINDAH, ""));
        state.apply(new SandboxAction.Finalise());
        var verifikator = ApprovalChain.of(state).getFirst();
        assertThat(verifikator.role()).isEqualTo(ApprovalChain.Role.VERIFIKATOR);
        assertThat(verifikator.lines()).extracting(ApprovalChain.Line::key)
                .contains("approval.proposals-returned", "approval.without-reason");
        assertThat(verifikator.date()).isEqualTo(LocalDate.of(2026, 10, 19));
    }

    @Test
    void an_anomaly_answer_needs_evidence() {
        var anomaly = SCENARIO.anomalies().getFirst();
        var state = SandboxState.of(SCENARIO, VILLAGES);
        assertThat(key(state.check(new SandboxAction.AnswerAnomaly(anomaly.id(), Anomaly.Verdict.TERBUKTI, " "))))
                .isEqualTo("check.required");
        state.apply(new SandboxAction.AnswerAnomaly(anomaly.id(), Anomaly.Verdict.TIDAK_TERBUKTI, "salah orang"));
        assertThat(state.anomalyAnswer(anomaly.id())).get().extracting(Verval.OfAnomaly::verdict)
                .isEqualTo(Anomaly.Verdict.TIDAK_TERBUKTI);
        assertThat(state.touched(anomaly.householdId())).isTrue();
    }

    // ---- helpers --------------------------------------------------------------------------------

    /** The scenario as seen on another day of the month. */
    static SandboxState on(LocalDate today) {
        var spec = new ScenarioSpec(SPEC.id(), SPEC.regionCode(), SPEC.allVillages(), 20, today, java.util.Map.of(), 0,
                SPEC.seed(), SPEC.regime());
        return SandboxState.of(TestContent.generate(spec, 12), VILLAGES);
    }

    static SandboxAction.RecordMeeting meeting(String date, MeetingKind kind) {
        return new SandboxAction.RecordMeeting(date, kind == MeetingKind.MUSDES ? 12 : 0,
                "Daftar usulan dan hasil verval disepakati.", 9, "ba.pdf", kind);
    }

    static String key(Optional<FieldRules.Problem> problem) {
        return problem.map(FieldRules.Problem::key).orElse(null);
    }

    static id.siksacademy.scenario.AnswerKey.Entry entry(FaultType fault) {
        return SCENARIO.answerKey().entries().stream().filter(e -> e.fault() == fault).findFirst().orElseThrow();
    }

    static DtksHousehold household(String id) {
        return SCENARIO.households().stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    static int indexOf(DtksHousehold h, String nik) {
        for (int i = 0; i < h.members().size(); i++) {
            if (h.members().get(i).nik().equals(nik)) {
                return i;
            }
        }
        throw new IllegalArgumentException(nik);
    }

    static SandboxAction exactEntry(int proposal, id.siksacademy.scenario.Family f) {
        var members = f.members().stream().map(p -> new SandboxAction.NewMember(p.nik(), p.name(), p.sex().name(),
                p.birthPlace(), p.birthDate().toString(), p.relationship().name(), p.maritalStatus().name(),
                p.motherName(), p.education().name(), p.occupation().name())).toList();
        return new SandboxAction.AddHousehold(proposal, f.kk(), f.dukuh(), f.rt(), f.rw(), members);
    }
}
