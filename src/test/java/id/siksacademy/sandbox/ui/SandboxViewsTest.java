package id.siksacademy.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.base.ui.NotFoundView;
import id.siksacademy.base.ui.SimulationBanner;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.HouseholdStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** Each replica screen renders its banner and does its job, in a browserless UI. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "operator", roles = "OPERATOR")
class SandboxViewsTest extends SpringBrowserlessTest {

    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;
    long id;

    @BeforeEach
    void startAttempt() {
        id = attempts.startOrResume("verval-desa-1").id();
    }

    @Test
    void every_screen_carries_the_simulation_banner_and_the_village_name() {
        String village = sandbox.open(id).state().scenario().village().name();
        for (var screen : SandboxScreens.ALL) {
            String route = screen.view().getAnnotation(com.vaadin.flow.router.Route.class).value()
                    .replaceFirst(":attemptId\\([^)]*\\)", Long.toString(id)).replaceFirst("/:[a-zA-Z]+\\?$", "");
            navigate(route, screen.view());
            var banner = find(SimulationBanner.class).single();
            assertThat(banner.getElement().getTextRecursively()).contains("DATA SIMULASI").contains(village);
        }
    }

    @Test
    void the_dtks_grid_is_lazy_and_searchable_by_nik() {
        navigate("sandbox/" + id + "/dtks", DataDtksView.class);
        @SuppressWarnings("unchecked")
        Grid<id.siksacademy.sandbox.HouseholdRow> grid = find(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(50);
        var household = sandbox.open(id).state().households().get(5);
        test(find(TextField.class).withId("dtks-search").single()).setValue(household.members().getFirst().nik());
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(household.id());
    }

    @Test
    void setting_a_household_result_is_recorded_and_shown() {
        var household = sandbox.open(id).state().households().get(3);
        int before = sandbox.open(id).actionCount();
        navigate("sandbox/" + id + "/verval/" + household.id(), VervalView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<HouseholdStatus> status = find(RadioButtonGroup.class).withId("household-status").single();
        status.setValue(HouseholdStatus.DITEMUKAN);
        test(find(Button.class).withId("save-household-status").single()).click();
        assertThat(sandbox.open(id).actionCount()).isEqualTo(before + 1);
        assertThat(sandbox.open(id).state().householdVerval(household.id())).isPresent();
    }

    @Test
    void a_padan_look_up_from_the_form_shows_dukcapil_s_answer() {
        var household = sandbox.open(id).state().households().get(2);
        navigate("sandbox/" + id + "/padan", PadanView.class);
        test(find(TextField.class).withId("padan-query").single()).setValue(household.members().getFirst().nik());
        test(find(Button.class).withId("padan-check").single()).click();
        assertThat(find(Span.class).withId("padan-outcome").single().getText()).isNotBlank();
    }

    @Test
    void a_correction_in_a_guided_exercise_is_recorded_and_shown_beside_the_guide() {
        long guided = attempts.startOrResume("terpandu-k5-keluarga").id();
        var household = sandbox.open(guided).state().households().get(1);
        navigate("sandbox/" + guided + "/keluarga/" + household.id(), DetailKeluargaView.class);
        assertThat(find(com.vaadin.flow.component.details.Details.class).withId("guide").all()).hasSize(1);
        test(find(Button.class).withId("edit-household").single()).click();
        String newRt = Integer.toString(household.rt() % 99 + 1);
        test(find(TextField.class).withId("field-RT").single()).setValue(newRt);
        test(find(Button.class).withId("save-fields").single()).click();
        assertThat(sandbox.open(guided).state().household(household.id()).orElseThrow().rt())
                .isEqualTo(Integer.parseInt(newRt));
        assertThat(find(com.vaadin.flow.component.html.Span.class).all().stream()
                .anyMatch(s -> s.getText().equals(newRt))).isTrue();
    }

    @Test
    void someone_elses_or_a_missing_attempt_is_not_found() {
        navigate("sandbox/999999/dtks", NotFoundView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
