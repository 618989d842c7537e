package id.siksacademy.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import id.siksacademy.content.Curriculum;
import org.junit.jupiter.api.Test;

class MasteryModelTest {

    final MasteryModel bkt = new MasteryModel(new Curriculum.Mastery(0.2, 0.15, 0.1, 0.2, 0.95));

    @Test
    void right_answers_raise_mastery_and_wrong_ones_lower_it() {
        double up = bkt.update(0.5, true);
        double down = bkt.update(0.5, false);
        assertThat(up).isGreaterThan(0.5);
        assertThat(down).isLessThan(0.5);
        // known values: posterior 0.45/(0.45+0.1)=0.8182, then +transit
        assertThat(up).isCloseTo(0.8182 + (1 - 0.8182) * 0.15, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void a_run_of_right_answers_reaches_mastery() {
        double m = bkt.prior();
        for (int i = 0; i < 6; i++) {
            m = bkt.update(m, true);
        }
        assertThat(bkt.mastered(m)).isTrue();
    }
}
