package id.siksacademy.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** People's dates are written one way everywhere, as the KK writes them. */
class PaperDateTest {

    @Test
    void a_date_is_written_day_month_year_and_anything_else_is_left_as_it_is() {
        assertThat(PaperDate.format(LocalDate.of(1962, 8, 30))).isEqualTo("30-08-1962");
        assertThat(PaperDate.ofIso("1962-08-30")).isEqualTo("30-08-1962");
        assertThat(PaperDate.ofIso("tidak tahu")).isEqualTo("tidak tahu");
        assertThat(PaperDate.ofIso(null)).isEmpty();
    }
}
