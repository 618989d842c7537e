package id.siksacademy.sandbox;

import id.siksacademy.MutableClock;
import id.siksacademy.OpenExercisesConfig;
import id.siksacademy.TestClockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.attempt.AttemptClosedException;
import id.siksacademy.attempt.AttemptNotFoundException;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.attempt.AttemptStatus;
import id.siksacademy.attempt.StaleAttemptException;
import id.siksacademy.attempt.SubmitReason;
import id.siksacademy.sandbox.SandboxAction.PadanKind;
import id.siksacademy.scenario.Field;
import id.siksacademy.scenario.HouseholdStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "spring.main.allow-bean-definition-overriding=true")
@org.springframework.context.annotation.Import({TestClockConfig.class, OpenExercisesConfig.class})
@ActiveProfiles("test")
class SandboxServiceTest {

    static final MutableClock CLOCK = TestClockConfig.CLOCK;

    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired SecurityContextHolderStrategy security;

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void starting_writes_one_row_and_a_second_start_resumes_it() {
        attempts.mine().stream().filter(a -> a.open() && a.exerciseId().equals("verval-desa-1"))
                .forEach(a -> attempts.submit(a.id()));
        int before = count("attempt");
        var first = attempts.startOrResume("verval-desa-1");
        var again = attempts.startOrResume("verval-desa-1");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(count("attempt")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("select count(*) from attempt_action where attempt_id = ?", Integer.class,
                first.id())).isZero();
        assertThat(sandbox.open(first.id()).state().households()).hasSize(50);
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void an_action_is_stored_before_it_is_confirmed_and_a_stale_tab_writes_nothing() {
        long id = attempts.startOrResume("verval-desa-1").id();
        var ws = sandbox.open(id);
        String household = ws.state().households().getFirst().id();
        var recorded = sandbox.record(id, ws.actionCount(),
                new SandboxAction.SetHouseholdStatus(household, HouseholdStatus.DITEMUKAN, null));
        assertThat(recorded.actionCount()).isEqualTo(ws.actionCount() + 1);
        assertThat(jdbc.queryForObject("select count(*) from attempt_action where attempt_id = ?", Integer.class, id))
                .isEqualTo(recorded.actionCount());

        // a second tab still at the old count
        assertThatThrownBy(() -> sandbox.record(id, ws.actionCount(),
                new SandboxAction.Padan(PadanKind.NIK, "3318010101010001"))).isInstanceOf(StaleAttemptException.class);
        assertThat(jdbc.queryForObject("select count(*) from attempt_action where attempt_id = ?", Integer.class, id))
                .isEqualTo(recorded.actionCount());
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void a_database_failure_that_is_not_another_tab_is_reported_as_it_is() {
        long id = attempts.startOrResume("verval-desa-1").id();
        var ws = sandbox.open(id);
        jdbc.update("insert into attempt_action (attempt_id, seq, action_type, payload, recorded_at)"
                + " values (?, ?, 'Finalise', '{}', current_timestamp)", id, ws.actionCount() + 1);
        try {
            assertThatThrownBy(() -> sandbox.record(id, ws.actionCount(), new SandboxAction.Padan(PadanKind.NIK,
                    "3318010101010001"))).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
                    .isNotInstanceOf(StaleAttemptException.class);
            assertThat(attempts.summary(id).actionCount()).as("nothing half-written").isEqualTo(ws.actionCount());
        } finally {
            jdbc.update("delete from attempt_action where attempt_id = ? and seq = ?", id, ws.actionCount() + 1);
        }
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void a_refused_entry_records_nothing() {
        long id = attempts.startOrResume("verval-desa-1").id();
        var ws = sandbox.open(id);
        String household = ws.state().households().getFirst().id();
        assertThatThrownBy(() -> sandbox.record(id, ws.actionCount(), new SandboxAction.Edit(household, 0,
                Field.NIK, "123"))).isInstanceOf(SandboxRefusedException.class);
        assertThat(sandbox.open(id).actionCount()).isEqualTo(ws.actionCount());
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void another_operator_gets_not_found_from_the_service() {
        long id = attempts.startOrResume("verval-desa-1").id();
        var original = security.getContext().getAuthentication();
        try {
            var context = security.createEmptyContext();
            context.setAuthentication(new UsernamePasswordAuthenticationToken("operator2", "x",
                    AuthorityUtils.createAuthorityList("ROLE_OPERATOR")));
            security.setContext(context);
            assertThatThrownBy(() -> sandbox.open(id)).isInstanceOf(AttemptNotFoundException.class);
            assertThatThrownBy(() -> attempts.actions(id)).isInstanceOf(AttemptNotFoundException.class);
            assertThatThrownBy(() -> attempts.append(id, 0, "Finalise", "{}")).isInstanceOf(AttemptNotFoundException.class);
        } finally {
            var restore = security.createEmptyContext();
            restore.setAuthentication(original);
            security.setContext(restore);
        }
    }

    @Test
    @WithMockUser(username = "pelatih", roles = "TRAINER")
    void a_trainer_cannot_use_the_operator_sandbox_yet() {
        assertThatThrownBy(() -> sandbox.open(1L)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void finalising_submits_once_and_leaves_the_attempt_read_only() {
        long id = attempts.startOrResume("verval-desa-1").id();
        var ws = sandbox.open(id);
        var submitted = sandbox.finalise(id, ws.actionCount());
        var again = sandbox.finalise(id, ws.actionCount() + 1);
        assertThat(submitted.status()).isEqualTo(AttemptStatus.SUBMITTED);
        assertThat(again.submittedAt()).isEqualTo(submitted.submittedAt());
        assertThatThrownBy(() -> sandbox.record(id, again.actionCount(),
                new SandboxAction.Padan(PadanKind.NIK, "3318010101010001"))).isInstanceOf(AttemptClosedException.class);
        assertThat(attempts.startOrResume("verval-desa-1").id()).as("a new attempt after submission").isNotEqualTo(id);
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void the_server_submits_an_exam_when_its_time_runs_out() {
        var exam = attempts.startOrResume("ujian-operator");
        assertThat(exam.deadlineAt()).isEqualTo(CLOCK.instant().plus(Duration.ofMinutes(60)));
        CLOCK.advance(Duration.ofMinutes(61));
        try {
            var after = attempts.summary(exam.id());
            assertThat(after.status()).isEqualTo(AttemptStatus.SUBMITTED);
            assertThat(after.submitReason()).isEqualTo(SubmitReason.TIME_UP);
            assertThat(after.submittedAt()).isEqualTo(exam.deadlineAt());
        } finally {
            CLOCK.advance(Duration.ofMinutes(-61));
        }
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void only_real_pdf_or_jpeg_minutes_up_to_2_mb_are_stored() {
        long id = attempts.startOrResume("verval-desa-1").id();
        assertThatThrownBy(() -> sandbox.uploadMinutes(id, "ba.pdf", "not a pdf".getBytes()))
                .isInstanceOf(SandboxRefusedException.class).hasMessage("sandbox.error.file-type");
        assertThatThrownBy(() -> sandbox.uploadMinutes(id, "ba.exe", "%PDF-1.4".getBytes()))
                .isInstanceOf(SandboxRefusedException.class);
        assertThatThrownBy(() -> sandbox.uploadMinutes(id, "ba.pdf", new byte[SandboxService.MAX_FILE_BYTES + 1]))
                .isInstanceOf(SandboxRefusedException.class).hasMessage("sandbox.error.file-size");
        long fileId = sandbox.uploadMinutes(id, "ba.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00});
        assertThat(sandbox.file(id, fileId).contentType()).isEqualTo("image/jpeg");
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
