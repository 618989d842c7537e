package id.siksacademy.scoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import id.siksacademy.attempt.AttemptService;
import id.siksacademy.sandbox.SandboxAction;
import id.siksacademy.sandbox.SandboxService;
import id.siksacademy.scenario.FaultType;
import id.siksacademy.scenario.MemberStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The result page says first what failed the attempt: a critical error, then the gates not reached. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "operator", roles = "OPERATOR")
class ResultViewTest extends SpringBrowserlessTest {

    @Autowired AttemptService attempts;
    @Autowired SandboxService sandbox;

    @Test
    void a_false_death_is_shown_before_everything_else_with_the_family_s_consequence() {
        long id = attempts.startOrResume("terpandu-k4-peristiwa").id();
        var ws = sandbox.open(id);
        var scenario = ws.state().scenario();
        int count = ws.actionCount();
        var clean = scenario.answerKey().entries().stream().filter(e -> e.fault() == FaultType.CLEAN).findFirst()
                .orElseThrow();
        count = sandbox.record(id, count, new SandboxAction.SetMemberStatus(clean.householdId(),
                scenario.households().stream().filter(h -> h.id().equals(clean.householdId())).findFirst().orElseThrow()
                        .members().size() - 1, MemberStatus.MENINGGAL, "salah lihat", null)).actionCount();
        sandbox.finalise(id, count);

        navigate("hasil/" + id, ResultView.class);
        var view = (ResultView) getCurrentView();
        var children = view.getChildren().toList();
        int critical = children.indexOf(find(Div.class).withId("critical-errors").single());
        int gates = children.indexOf(find(Div.class).withId("failed-gates").single());
        int competencies = children.indexOf(children.stream().filter(c -> c.getId().orElse("")
                .equals("result-competencies")).findFirst().orElseThrow());
        assertThat(critical).isLessThan(gates).isLessThan(competencies);
        String text = find(Div.class).withId("critical-errors").single().getElement().getTextRecursively();
        assertThat(text).contains("Orang yang masih hidup ditandai meninggal").contains("kehilangan bantuan");
        assertThat(view.getElement().getTextRecursively()).contains("Belum lulus");
        assertThat(find(Div.class).withId("failed-gates").single().getElement().getTextRecursively())
                .contains("Langkah 1").contains("minimal 70");
    }
}
