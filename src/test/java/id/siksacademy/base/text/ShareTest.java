package id.siksacademy.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One rounding rule for every share a report shows; a non-zero share never reads 0%. */
class ShareTest {

    @Test
    void one_desa_of_406_is_not_zero_percent_and_one_of_16_matches_the_kecamatan_row() {
        assertThat(Share.percent(1, 406)).isEqualTo("0.2%");
        assertThat(Share.percent(1, 16)).isEqualTo("6.3%");
        assertThat(Share.percent(1, 3000)).isEqualTo("<0.1%");
        assertThat(Share.percent(2999, 3000)).isEqualTo(">99.9%");
        assertThat(Share.percent(0, 406)).isEqualTo("0.0%");
        assertThat(Share.percent(406, 406)).isEqualTo("100.0%");
        assertThat(Share.percent(0, 0)).isEqualTo("0.0%");
    }
}
