package id.siksacademy.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditDetailTest {

    @Test
    void details_are_written_in_a_form_the_screen_can_put_into_words() {
        assertThat(AuditDetail.parse(AuditDetail.role(Role.OPERATOR))).isEqualTo(new AuditDetail("role", List.of("OPERATOR")));
        assertThat(AuditDetail.parse(AuditDetail.roleChange(Role.OPERATOR, Role.TRAINER)))
                .isEqualTo(new AuditDetail("role-change", List.of("OPERATOR", "TRAINER")));
        assertThat(AuditDetail.parse(AuditDetail.lockout(5, Instant.parse("2026-11-28T04:09:10Z"))))
                .isEqualTo(new AuditDetail("lockout", List.of("5", "2026-11-28T04:09:10Z")));
    }

    @Test
    void lines_of_the_first_release_are_read_too() {
        assertThat(AuditDetail.parse("role=TRAINER")).isEqualTo(new AuditDetail("role", List.of("TRAINER")));
        assertThat(AuditDetail.parse("OPERATOR -> DINSOS_ADMIN"))
                .isEqualTo(new AuditDetail("role-change", List.of("OPERATOR", "DINSOS_ADMIN")));
        assertThat(AuditDetail.parse("5 failures; locked until 2026-11-28T04:24:10Z"))
                .isEqualTo(new AuditDetail("lockout", List.of("5", "2026-11-28T04:24:10Z")));
        assertThat(AuditDetail.parse("BadCredentialsException"))
                .isEqualTo(new AuditDetail("reason", List.of("BadCredentialsException")));
        assertThat(AuditDetail.parse("free text")).isNull();
    }
}
