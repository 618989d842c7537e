package id.siksacademy.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.region.Village;
import id.siksacademy.sandbox.PadanResult.Outcome;
import id.siksacademy.sandbox.SandboxAction.Edit;
import id.siksacademy.sandbox.SandboxAction.PadanKind;
import id.siksacademy.scenario.AnswerKey;
import id.siksacademy.scenario.DtksHousehold;
import id.siksacademy.scenario.ExpectedAction;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.HouseholdStatus;
import id.siksacademy.scenario.MemberStatus;
import id.siksacademy.scenario.Scenario;
import id.siksacademy.scenario.TestContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SandboxStateTest {

    static final Scenario SCENARIO = TestContent.generate(
            TestContent.get().exercise("verval-desa-1").orElseThrow().scenario(), 7);
    static final Set<String> VILLAGES = TestContent.get().kabupaten().villages().map(Village::code)
            .collect(Collectors.toSet());

    @Test
    void replaying_the_same_actions_rebuilds_the_same_state() {
        var actions = someActions();
        var a = SandboxState.replay(SCENARIO, VILLAGES, actions);
        var b = SandboxState.replay(SCENARIO, VILLAGES, actions);
        assertThat(a.households()).isEqualTo(b.households());
        assertThat(a.changes()).isEqualTo(b.changes());
        assertThat(a.applied()).isEqualTo(actions.size());
        assertThat(a.householdVerval(entry(FaultType.MOVED).householdId())).get()
                .extracting(Verval.OfHousehold::status).isEqualTo(HouseholdStatus.PINDAH);
    }

    @Test
    void every_action_survives_the_log_codec() {
        var all = new ArrayList<>(someActions());
        all.add(new SandboxAction.AddHousehold(0, "3318011509230027", "Tegalan", 3, 2, List.of(
                new SandboxAction.NewMember("3318011509230001", "Ahmad", "LAKI_LAKI", "Pati", "1990-01-02", "KEPALA",
                        "KAWIN", "Ani", "TAMAT_SD", "PETANI_PEKEBUN"))));
        all.add(new SandboxAction.RecordMeeting("2026-09-28", 20, "Disepakati bersama warga", 5, "ba.pdf"));
        all.add(new SandboxAction.RecordMeeting("2026-10-02", 0, "Kepala desa menyatakan data benar", 6, "sptjm.pdf",
                SandboxAction.MeetingKind.SPTJM));
        all.add(new SandboxAction.SetHouseholdStatus("3318010001000001", HouseholdStatus.GANDA, "sama", "3318010001000002"));
        all.add(new SandboxAction.SetEligibility("3318010001000001", id.siksacademy.scenario.Eligibility.SUDAH_MAMPU, "mobil"));
        all.add(new SandboxAction.ReplaceHead("3318010001000001", 0, 1, "Dukcapil"));
        all.add(new SandboxAction.AddMember("3318010001000001", new SandboxAction.NewMember("3318015001260001", "Bayu",
                "LAKI_LAKI", "Pati", "2026-01-10", "ANAK", "BELUM_KAWIN", "Ani", "TIDAK_BELUM_SEKOLAH",
                "BELUM_TIDAK_BEKERJA")));
        all.add(new SandboxAction.AnswerAnomaly("ANM-1", id.siksacademy.scenario.Anomaly.Verdict.TIDAK_TERBUKTI, "salah orang"));
        all.add(new SandboxAction.Finalise());
        for (SandboxAction action : all) {
            assertThat(ActionCodec.read(ActionCodec.type(action), ActionCodec.payload(action))).isEqualTo(action);
        }
    }

    @Test
    void logs_written_before_links_and_sptjm_existed_still_read() {
        assertThat(ActionCodec.read("SetHouseholdStatus",
                "{\"householdId\":\"1\",\"status\":\"PINDAH\",\"reason\":\"x\"}"))
                .isEqualTo(new SandboxAction.SetHouseholdStatus("1", HouseholdStatus.PINDAH, "x"));
        var meeting = (SandboxAction.RecordMeeting) ActionCodec.read("RecordMeeting", "{\"date\":\"2026-09-28\","
                + "\"participants\":20,\"decisions\":\"Disepakati bersama\",\"fileId\":5,\"fileName\":\"ba.pdf\"}");
        assertThat(meeting.kind()).isEqualTo(SandboxAction.MeetingKind.MUSDES);
    }

    @Test
    void siks_ng_checks_refuse_malformed_values_but_accept_well_formed_wrong_ones() {
        var state = SandboxState.of(SCENARIO, VILLAGES);
        String id = SCENARIO.households().getFirst().id();
        assertThat(state.check(new Edit(id, 0, Field.NIK, "12345"))).get()
                .extracting(FieldRules.Problem::key).isEqualTo("check.nik");
        assertThat(state.check(new Edit(id, 0, Field.NIK, "3318019999999999"))).isEmpty();
        assertThat(state.check(new Edit(id, 0, Field.BIRTH_DATE, "2099-01-01"))).get()
                .extracting(FieldRules.Problem::key).isEqualTo("check.date-future");
        assertThat(state.check(new Edit(id, null, Field.ASSET_FRIDGE, "1"))).get()
                .extracting(FieldRules.Problem::key).isEqualTo("check.code");
        assertThat(state.check(new Edit(id, null, Field.VILLAGE_CODE, "33.99.01.2001"))).get()
                .extracting(FieldRules.Problem::key).isEqualTo("check.village");
        String kk = SCENARIO.households().getFirst().kk();
        assertThat(state.check(new Edit(id, null, Field.NO_KK, kk))).get()
                .extracting(FieldRules.Problem::key).isEqualTo("check.unchanged");
    }

    @Test
    void a_nik_look_up_marks_the_family_as_listed_exactly_as_a_kk_look_up_does() {
        var state = SandboxState.of(SCENARIO, VILLAGES);
        for (var household : SCENARIO.households().subList(0, 10)) {
            String head = household.members().getFirst().nik();
            var byNik = state.padan(PadanKind.NIK, head);
            if (byNik.family() == null) {
                continue;
            }
            var byKk = state.padan(PadanKind.KK, byNik.family().kk());
            assertThat(byNik.listedIn()).isEqualTo(byKk.listedIn()).containsEntry(head, household.id());
        }
    }

    @Test
    void padan_answers_like_dukcapil_for_each_kind_of_fault() {
        var state = SandboxState.of(SCENARIO, VILLAGES);
        var unknown = entry(FaultType.NIK_UNKNOWN);
        assertThat(state.padan(PadanKind.NIK, unknown.memberNik()).outcome()).isEqualTo(Outcome.TIDAK_DITEMUKAN);
        String rightNik = ((ExpectedAction.CorrectField) unknown.action()).value();
        var byKk = state.padan(PadanKind.KK, household(unknown.householdId()).kk());
        assertThat(byKk.family().members()).anyMatch(p -> p.nik().equals(rightNik));

        var name = entry(FaultType.NAME_MISMATCH);
        var mismatch = state.padan(PadanKind.NIK, name.memberNik());
        assertThat(mismatch.outcome()).isEqualTo(Outcome.TIDAK_PADAN);
        assertThat(mismatch.differing()).containsExactly(Field.NAME);

        var death = entry(FaultType.DECEASED);
        assertThat(state.padan(PadanKind.NIK, death.memberNik()).events())
                .anyMatch(e -> e.type() == id.siksacademy.scenario.LifeEvent.Type.DEATH);

        var clean = SCENARIO.answerKey().entries().stream().filter(e -> e.fault() == FaultType.CLEAN).findFirst()
                .orElseThrow();
        String cleanNik = household(clean.householdId()).members().getFirst().nik();
        assertThat(state.padan(PadanKind.NIK, cleanNik).outcome()).isEqualTo(Outcome.PADAN);
    }

    @Test
    void correcting_a_name_makes_padan_match() {
        var name = entry(FaultType.NAME_MISMATCH);
        var h = household(name.householdId());
        int index = indexOf(h, name.memberNik());
        var state = SandboxState.replay(SCENARIO, VILLAGES, List.of(new Edit(h.id(), index, Field.NAME,
                ((ExpectedAction.CorrectField) name.action()).value().toLowerCase())));
        assertThat(state.padan(PadanKind.NIK, name.memberNik()).outcome()).isEqualTo(Outcome.PADAN);
        assertThat(state.changes()).singleElement().satisfies(c -> {
            assertThat(c.what()).isEqualTo("NAME");
            assertThat(c.after()).isEqualTo(((ExpectedAction.CorrectField) name.action()).value());
        });
    }

    @Test
    void a_duplicate_needs_the_other_household_and_a_new_household_exactly_one_head() {
        var state = SandboxState.of(SCENARIO, VILLAGES);
        String id = SCENARIO.households().getFirst().id();
        assertThat(state.check(new SandboxAction.SetMemberStatus(id, 0, MemberStatus.GANDA, "", null))).get()
                .extracting(FieldRules.Problem::key).isEqualTo("sandbox.error.duplicate-link");
        var noHead = new SandboxAction.AddHousehold(0, "3318011509230027", "Tegalan", 3, 2, List.of(
                new SandboxAction.NewMember("3318011509230001", "Ahmad", "LAKI_LAKI", "Pati", "1990-01-02", "ANAK",
                        "KAWIN", "Ani", "TAMAT_SD", "PETANI_PEKEBUN")));
        assertThat(state.check(noHead)).get().extracting(FieldRules.Problem::key).isEqualTo("sandbox.error.one-head");
    }

    @Test
    void a_refused_usulan_says_which_member_and_field() {
        var state = SandboxState.of(SCENARIO, VILLAGES);
        var entry = new SandboxAction.AddHousehold(0, "3318011509230027", "Tegalan", 3, 2, List.of(
                new SandboxAction.NewMember("3318011509230001", "Ahmad", "LAKI_LAKI", "Pati", "1990-01-02", "KEPALA",
                        "KAWIN", "Ani", "TAMAT_SD", "PETANI_PEKEBUN"),
                new SandboxAction.NewMember("12345", "Umi", "PEREMPUAN", "Pati", "1992-03-04", "ISTRI_SUAMI",
                        "KAWIN", "Siti", "TAMAT_SD", "PETANI_PEKEBUN")));
        var problem = state.check(entry).orElseThrow();
        assertThat(problem.key()).isEqualTo("check.nik");
        assertThat(problem.member()).isEqualTo(2);
        assertThat(problem.field()).isEqualTo(Field.NIK);
    }

    @Test
    void after_finalisation_nothing_more_is_accepted() {
        var state = SandboxState.replay(SCENARIO, VILLAGES, List.of(new SandboxAction.Finalise()));
        assertThat(state.finalised()).isTrue();
        assertThat(state.check(new SandboxAction.Padan(PadanKind.NIK, "3318011509230001"))).get()
                .extracting(FieldRules.Problem::key).isEqualTo("sandbox.error.finalised");
    }

    static List<SandboxAction> someActions() {
        var moved = entry(FaultType.MOVED);
        var unknown = entry(FaultType.NIK_UNKNOWN);
        var h = household(unknown.householdId());
        return List.of(
                new SandboxAction.Padan(PadanKind.KK, h.kk()),
                new Edit(h.id(), indexOf(h, unknown.memberNik()), Field.NIK,
                        ((ExpectedAction.CorrectField) unknown.action()).value()),
                new SandboxAction.SetHouseholdStatus(moved.householdId(), HouseholdStatus.PINDAH, "pindah"),
                new SandboxAction.SetMemberStatus(h.id(), 0, MemberStatus.TERKONFIRMASI, null, null));
    }

    static AnswerKey.Entry entry(FaultType fault) {
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
}
