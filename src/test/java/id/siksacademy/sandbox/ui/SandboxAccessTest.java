package id.siksacademy.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class SandboxAccessTest extends SpringBrowserlessTest {

    /** A trainer reviews only their own operators' attempts (see TrainerViewsTest and ReviewTest). */
    @Test
    @WithMockUser(username = "trainer.tanpa.angkatan", roles = "TRAINER")
    void a_trainer_without_the_operator_cannot_open_the_sandbox() {
        try {
            navigate("sandbox/1/dtks", DataDtksView.class);
        } catch (RuntimeException refused) {
            // the navigation is refused; what matters is that the view did not open
        }
        assertThat(getCurrentView()).isNotInstanceOf(DataDtksView.class);
    }
}
