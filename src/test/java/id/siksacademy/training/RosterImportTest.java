package id.siksacademy.training;

import id.siksacademy.As;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.siksacademy.account.AccountService;
import id.siksacademy.account.OperatorProfile;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "pelatih", roles = "TRAINER")
class RosterImportTest {

    @Autowired CohortService cohorts;
    @Autowired AccountService accounts;
    @Autowired SecurityContextHolderStrategy security;

    private long newCohort(String name) {
        return cohorts.create(new NewCohort(name, "33.18.01", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 30),
                List.of())).id();
    }

    @Test
    void a_clean_roster_creates_every_account_with_a_one_time_password_that_must_be_changed() {
        long id = newCohort("Impor bersih");
        var passwords = cohorts.importRoster(id, ("nama;username;kode desa;telepon/email\r\n"
                + "Rina Wati;rina.wati;33.18.01.2001;081234567891\r\n"
                + "Joko Susilo;joko.susilo;33.18.01.2003;joko@contoh.id\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(passwords).extracting(p -> p.username()).containsExactly("rina.wati", "joko.susilo");
        assertThat(passwords).allSatisfy(p -> assertThat(p.password()).hasSize(12));
        assertThat(cohorts.members(id)).extracting(OperatorProfile::username, OperatorProfile::desaCode,
                OperatorProfile::passwordChangeRequired).contains(
                org.assertj.core.groups.Tuple.tuple("rina.wati", "33.18.01.2001", true),
                org.assertj.core.groups.Tuple.tuple("joko.susilo", "33.18.01.2003", true));
        String otp = passwords.getFirst().password();
        new As(security).run("rina.wati", "OPERATOR", () -> {
            assertThat(accounts.mustChangePassword()).isTrue();
            assertThat(accounts.currentDesa()).contains("33.18.01.2001");
            accounts.changeOwnPassword(otp, "padi menguning di sawah"); // the one-time password is the real one
            assertThat(accounts.mustChangePassword()).isFalse();
        });
    }

    @Test
    void a_roster_with_one_bad_row_imports_nothing() {
        long id = newCohort("Impor gagal");
        byte[] file = ("nama,username,kode desa\n"
                + "Baik Satu,baik.satu,33.18.01.2001\n"
                + "Sudah Ada,operator,33.18.01.2001\n").getBytes(StandardCharsets.UTF_8);
        var check = cohorts.checkRoster(id, file);
        assertThat(check.clean()).isFalse();
        assertThatThrownBy(() -> cohorts.importRoster(id, file)).isInstanceOf(RosterRejectedException.class)
                .satisfies(e -> assertThat(((RosterRejectedException) e).check().allProblems())
                        .extracting(RosterCheck.Problem::row).containsExactly(3));
        assertThat(cohorts.members(id)).isEmpty();
        assertThat(accounts.takenUsernames(List.of("baik.satu"))).as("no account of the good row either").isEmpty();
    }

    @Test
    void an_existing_operator_is_added_by_username_and_others_are_refused() {
        long id = newCohort("Tambah satu");
        assertThat(cohorts.addMember(id, " Operator ").username()).isEqualTo("operator");
        assertThatThrownBy(() -> cohorts.addMember(id, "pelatih")).isInstanceOf(TrainingRejectedException.class)
                .hasMessage("cohort.error.no-such-operator");
        assertThat(cohorts.members(id)).extracting(OperatorProfile::username).containsExactly("operator");
    }
}
