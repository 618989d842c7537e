package id.siksacademy.sandbox.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import id.siksacademy.scenario.Person;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.sandbox.SandboxService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A save the database refuses for any reason but another tab: said truthfully, the form keeps what was typed. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "operator", roles = "OPERATOR")
class SaveFailureTest extends SpringBrowserlessTest {

    @MockitoSpyBean AttemptService attempts;
    @Autowired SandboxService sandbox;

    @AfterEach
    void heal() {
        reset(attempts);
    }

    @SuppressWarnings("unchecked")
    private void fill(int i, Person p) {
        String m = "member-" + i + "-";
        find(TextField.class).withId(m + "nik").single().setValue(p.nik());
        find(TextField.class).withId(m + "name").single().setValue(p.name());
        find(TextField.class).withId(m + "birth-place").single().setValue(p.birthPlace());
        find(TextField.class).withId(m + "mother").single().setValue(p.motherName());
        find(DatePicker.class).withId(m + "birth-date").single().setValue(p.birthDate());
        ((Select<Object>) find(Select.class).withId(m + "sex").single()).setValue(p.sex());
        ((Select<Object>) find(Select.class).withId(m + "relationship").single()).setValue(p.relationship());
        ((Select<Object>) find(Select.class).withId(m + "marital").single()).setValue(p.maritalStatus());
        ((Select<Object>) find(Select.class).withId(m + "education").single()).setValue(p.education());
        ((Select<Object>) find(Select.class).withId(m + "occupation").single()).setValue(p.occupation());
    }

    @Test
    void a_failed_usulan_save_keeps_every_typed_field_and_names_no_other_tab() {
        long id = attempts.startOrResume("verval-desa-1").id();
        int before = sandbox.open(id).actionCount();
        navigate("sandbox/" + id + "/usulan", UsulanBaruView.class);
        var proposal = sandbox.open(id).state().scenario().proposals().getFirst().family();
        test(find(TextField.class).withId("usulan-kk").single()).setValue(proposal.kk());
        test(find(TextField.class).withId("usulan-dukuh").single()).setValue(proposal.dukuh());
        find(IntegerField.class).withId("usulan-rt").single().setValue(proposal.rt());
        find(IntegerField.class).withId("usulan-rw").single().setValue(proposal.rw());
        for (int i = 0; i < proposal.members().size(); i++) {
            if (i > 0) {
                test(find(Button.class).withId("usulan-add-member").single()).click();
            }
            fill(i, proposal.members().get(i));
        }
        doThrow(new DataIntegrityViolationException("Check constraint invalid: \"CK_ATTEMPT_STATUS\""))
                .when(attempts).append(anyLong(), anyInt(), anyString(), anyString());

        test(find(Button.class).withId("usulan-save").single()).click();

        assertThat(getCurrentView()).isInstanceOf(UsulanBaruView.class);
        assertThat(find(TextField.class).withId("usulan-kk").single().getValue()).isEqualTo(proposal.kk());
        assertThat(find(TextField.class).withId("member-0-name").single().getValue()).isEqualTo(proposal.head().name());
        var notices = find(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList();
        assertThat(notices).anySatisfy(text -> assertThat(text).contains("Gagal menyimpan").contains("tidak hilang")
                .containsPattern("Kode kesalahan: [A-Z2-9]{8}"));
        assertThat(notices).noneMatch(text -> text.contains("tab lain"));
        reset(attempts);
        assertThat(sandbox.open(id).actionCount()).isEqualTo(before);
    }
}
