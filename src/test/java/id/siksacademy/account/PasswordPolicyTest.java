package id.siksacademy.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void accepts_a_long_enough_uncommon_password_without_composition_rules() {
        assertThat(PasswordPolicy.violation("sawah hijau di pati", "operator")).isEmpty();
        assertThat(PasswordPolicy.violation("abcdefgh", "operator")).isEmpty();
    }

    @Test
    void refuses_passwords_shorter_than_eight_characters() {
        assertThat(PasswordPolicy.violation("pendek1", "operator")).contains("password.too-short");
        assertThat(PasswordPolicy.violation(null, "operator")).contains("password.too-short");
    }

    @Test
    void refuses_common_passwords_whatever_their_case() {
        assertThat(PasswordPolicy.violation("Password123", "x")).contains("password.too-common");
        assertThat(PasswordPolicy.violation("12345678", "x")).contains("password.too-common");
        assertThat(PasswordPolicy.violation("latihan123", "x")).contains("password.too-common");
    }

    @Test
    void refuses_a_password_containing_the_username() {
        assertThat(PasswordPolicy.violation("sitiaminah-2026", "sitiaminah")).contains("password.contains-username");
    }

    @Test
    void refuses_passwords_bcrypt_would_truncate() {
        assertThat(PasswordPolicy.violation("a".repeat(PasswordPolicy.MAX_LENGTH + 1), "x"))
                .contains("password.too-long");
    }

    @Test
    void refuses_passwords_over_72_utf8_bytes_even_under_64_characters() {
        assertThat(PasswordPolicy.violation("é".repeat(37), "x")).as("74 bytes").contains("password.too-long");
        assertThat(PasswordPolicy.violation("é".repeat(36), "x")).as("72 bytes").isEmpty();
        assertThat(PasswordPolicy.violation("🌾".repeat(19), "x")).as("76 bytes").contains("password.too-long");
    }

    @Test
    void refuses_a_password_of_spaces_only() {
        assertThat(PasswordPolicy.violation("          ", "x")).contains("password.blank");
        assertThat(PasswordPolicy.violation("\t\t\t\t\t\t\t\t\u00a0", "x")).contains("password.blank");
    }
}
