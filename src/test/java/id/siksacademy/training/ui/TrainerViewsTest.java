package id.siksacademy.training.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.combobox.ComboBox;
import id.siksacademy.base.ui.NotFoundView;
import id.siksacademy.region.Kecamatan;
import id.siksacademy.training.CohortService;
import id.siksacademy.training.NewCohort;
import id.siksacademy.training.RosterCheck;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The trainer's screens as a trainer uses them: roster errors, assignment states, builder refusals, access. */
@SpringBootTest
@ActiveProfiles("test")
class TrainerViewsTest extends SpringBrowserlessTest {

    @Autowired CohortService cohorts;

    private long cohort(String name) {
        return cohorts.create(new NewCohort(name, "33.18.01", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
                List.of())).id();
    }

    @Test
    @WithMockUser(username = "pelatih", roles = "TRAINER")
    void a_bad_roster_shows_every_problem_by_row_and_column_and_offers_no_import() {
        long id = cohort("Layar impor");
        navigate("pelatih/angkatan/" + id, CohortView.class);
        test(find(TabSheet.class).single()).select(1);
        byte[] bad = ("nama;username;kode desa\r\n;tanpa.nama;33.18.01.2001\r\nBudi;operator;33.18.10.1001\r\n")
                .getBytes(StandardCharsets.UTF_8);
        test(find(Upload.class).withId("roster-upload").single()).upload("daftar.csv", "text/csv", bad);
        var summary = find(Paragraph.class).withId("roster-summary").single();
        assertThat(summary.getText()).contains("2 baris; 2 baris bermasalah (3 masalah)");
        @SuppressWarnings("unchecked")
        Grid<RosterCheck.Row> grid = find(Grid.class).withId("roster-grid").single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(find(Button.class).withId("roster-import").all()).isEmpty();
        var rows = List.of(test(grid).getRow(0), test(grid).getRow(1));
        assertThat(rows.stream().flatMap(r -> r.problems().stream()).map(p -> p.row() + ":" + p.column() + ":" + p.messageKey()))
                .containsExactlyInAnyOrder("2:NAMA:roster.error.name-missing", "3:USERNAME:roster.error.username-taken",
                        "3:KODE_DESA:roster.error.desa-unknown");
    }

    @Test
    @WithMockUser(username = "pelatih", roles = "TRAINER")
    void an_assignment_shows_each_operator_not_started() {
        long id = cohort("Layar tugas");
        cohorts.addMember(id, "operator");
        navigate("pelatih/angkatan/" + id, CohortView.class);
        test(find(TabSheet.class).single()).select(2);
        test(find(com.vaadin.flow.component.select.Select.class).withId("assign-exercise").single()).selectItem("Terpandu 2: Padan Dukcapil (Latihan terpandu)");
        test(find(Button.class).withId("assign-save").single()).click();
        assertThat(find(Div.class).withId("assignment-list").single().getElement().getTextRecursively())
                .contains("Terpandu 2: Padan Dukcapil", "Belum mulai: 1", "Lulus: 0");
    }

    @Test
    @WithMockUser(username = "pelatih", roles = "TRAINER")
    void the_builder_refuses_an_impossible_mix_and_keeps_save_disabled() {
        navigate("pelatih/latihan/baru", BuilderView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Kecamatan> kecamatan = find(ComboBox.class).withId("builder-kecamatan").single();
        test(kecamatan).selectItem("Sukolilo (33.18.01)");
        test(find(IntegerField.class).withId("builder-households").single()).setValue(10);
        test(find(IntegerField.class).withId("fault-pecah_kk").single()).setValue(5);
        test(find(Button.class).withId("builder-preview").single()).click();
        assertThat(find(Div.class).withId("builder-result").single().getElement().getTextRecursively())
                .contains("Hanya 1 dari 5 kesalahan pecah_kk yang muat di 10 rumah tangga");
        assertThat(find(Button.class).withId("builder-save").single().isEnabled()).isFalse();
        test(find(IntegerField.class).withId("fault-pecah_kk").single()).setValue(1);
        test(find(Button.class).withId("builder-preview").single()).click();
        assertThat(find(Button.class).withId("builder-save").single().isEnabled()).isTrue();
        test(find(IntegerField.class).withId("builder-households").single()).setValue(12);
        assertThat(find(Button.class).withId("builder-save").single().isEnabled()).as("a change makes the preview stale").isFalse();
    }

    @Test
    @WithMockUser(username = "trainer.lain", roles = "TRAINER")
    void another_trainers_cohort_and_operator_are_not_found() {
        navigate("pelatih/angkatan/1", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("pelatih/operator/operator", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("pelatih/tinjau/1", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        navigate("sandbox/1/dtks", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
