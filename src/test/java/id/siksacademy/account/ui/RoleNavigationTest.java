package id.siksacademy.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Each role lands on its own home and sees only the menu entries it may use. */
@SpringBootTest
@ActiveProfiles("test")
class RoleNavigationTest extends SpringBrowserlessTest {

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void an_operator_lands_on_the_operator_home_and_sees_only_operator_entries() {
        navigate("", com.vaadin.flow.component.html.Main.class.asSubclass(com.vaadin.flow.component.Component.class));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("OperatorHomeView");
        assertThat(menuLabels()).containsExactly("Beranda", "Kemajuan saya", "Ganti kata sandi");
    }

    @Test
    @WithMockUser(username = "pelatih", roles = "TRAINER")
    void a_trainer_lands_on_the_trainer_home_and_sees_only_trainer_entries() {
        navigate("pelatih", com.vaadin.flow.component.html.Main.class);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("TrainerHomeView");
        assertThat(menuLabels()).containsExactly("Beranda", "Angkatan", "Buat latihan", "Kemajuan operator", "Ganti kata sandi");
        assertThat(menuPaths()).contains("pelatih").doesNotContain("operator", "dinsos", "dinsos/pengguna");
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void a_dinsos_admin_sees_users_and_audit_log() {
        navigate("dinsos", com.vaadin.flow.component.html.Main.class);
        assertThat(menuLabels()).containsExactly("Beranda", "Cakupan", "Pengguna", "Angkatan", "Buat latihan", "Kemajuan operator", "Sertifikat",
                "Wilayah", "Log audit",
                "Ganti kata sandi");
        assertThat(menuPaths()).contains("dinsos", "dinsos/pengguna", "dinsos/audit").doesNotContain("operator");
    }

    @Test
    @WithMockUser(username = "operator", roles = "OPERATOR")
    void an_operator_navigating_to_an_admin_route_is_refused() {
        try {
            navigate(UserAdminView.class);
        } catch (RuntimeException refused) {
            // Browserless navigation may also throw on refusal; either way the view must not open.
        }
        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
        assertThat(find(com.vaadin.flow.component.grid.Grid.class).all()).isEmpty();
    }

    @Test
    @WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
    void the_user_grid_lists_the_demo_accounts() {
        navigate(UserAdminView.class);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<id.siksacademy.account.UserSummary>)
                find(com.vaadin.flow.component.grid.Grid.class).single();
        var names = test(grid).size();
        assertThat(names).isGreaterThanOrEqualTo(3);
    }

    private List<String> menuLabels() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private List<String> menuPaths() {
        return find(SideNav.class).single().getItems().stream().map(SideNavItem::getPath).toList();
    }
}
