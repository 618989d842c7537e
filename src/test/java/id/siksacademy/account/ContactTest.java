package id.siksacademy.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Operators give a mobile, the village office's landline, or an e-mail address. */
class ContactTest {

    @Test
    void mobiles_and_office_landlines_are_stored_as_digits() {
        assertThat(Contact.normalise("0812-3456-7890")).hasValue("081234567890");
        assertThat(Contact.normalise("+62 812 3456 7890")).hasValue("+6281234567890");
        assertThat(Contact.normalise("0295-381234")).hasValue("0295381234");
        assertThat(Contact.normalise("(021) 5551234")).hasValue("0215551234");
        assertThat(Contact.normalise("021-55512345")).hasValue("02155512345");
        assertThat(Contact.normalise("+62 295 381234")).hasValue("+62295381234");
        assertThat(Contact.normalise("kantor.desa@example.id")).hasValue("kantor.desa@example.id");
    }

    @Test
    void too_short_too_long_or_no_area_code_is_refused() {
        assertThat(Contact.normalise("12345")).isEmpty();
        assertThat(Contact.normalise("381234")).isEmpty();
        assertThat(Contact.normalise("0295-38")).isEmpty();
        assertThat(Contact.normalise("0295-3812345678901")).isEmpty();
        assertThat(Contact.normalise("0123456789")).isEmpty();
        assertThat(Contact.normalise("08123")).isEmpty();
    }
}
