package id.siksacademy.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Addresses that are not numbers, too large or not the user's get the app's own pages, in Indonesian. */
@SpringBootTest
@ActiveProfiles("test")
class ErrorPagesTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void ids_that_are_not_numbers_or_out_of_range_are_not_found() {
        for (String path : new String[] {"sandbox/abc", "hasil/1e3", "sandbox/99999999999999999999",
            "sandbox/99999999999999999999/dtks", "hasil/-1", "sandbox/12abc/padan"}) {
            navigate(path, NotFoundView.class);
            assertThat(getCurrentView()).as(path).isInstanceOf(NotFoundView.class);
            assertThat(find(H1.class).single().getText()).isEqualTo("Tidak ditemukan");
        }
    }

    @Test
    @WithMockUser(username = "pelatih", roles = "TRAINER")
    void a_page_of_another_role_is_refused_on_the_app_s_own_page() {
        navigate("dinsos/pengguna", AccessDeniedView.class);
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Tidak diizinkan");
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Exception", "denied");
    }
}
