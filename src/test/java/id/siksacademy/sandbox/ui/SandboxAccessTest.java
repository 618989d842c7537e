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

    @Test
    @WithMockUser(username = "pelatih", roles = "TRAINER")
    void a_trainer_cannot_open_the_operator_sandbox() {
        try {
            navigate("sandbox/1/dtks", DataDtksView.class);
        } catch (RuntimeException refused) {
            // the navigation is refused; what matters is that the view did not open
        }
        assertThat(getCurrentView()).isNotInstanceOf(DataDtksView.class);
    }
}
