package id.siksacademy.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import id.siksacademy.account.AuditAction;
import id.siksacademy.account.AuditEntry;
import id.siksacademy.account.AuditFixtures;
import id.siksacademy.account.AuditLog;
import id.siksacademy.account.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(username = "dinsos", roles = "DINSOS_ADMIN")
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired AuditLog audit;

    @Test
    void typed_usernames_show_their_invisible_characters_times_are_wib_and_details_are_words() {
        AuditFixtures.failedLogin(audit, "admin\u202Enimda");
        AuditFixtures.roleChange(audit, "rina", Role.OPERATOR, Role.TRAINER);
        AuditFixtures.legacy(audit, AuditAction.USER_CREATE, "tono", "role=OPERATOR");

        navigate(AuditLogView.class);
        var rows = rows();

        assertThat(rows).anySatisfy(r -> assertThat(r).contains("admin[U+202E]nimda", "Nama pengguna atau kata sandi salah"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Peran: Operator desa → Pelatih"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("tono", "Peran: Operator desa"));
        assertThat(rows).allSatisfy(r -> assertThat(r.getFirst()).matches("\\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d:\\d\\d WIB"));
        assertThat(String.join(" ", rows.stream().flatMap(List::stream).toList())).doesNotContain("\u202E", "role=",
                "Exception");
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> rows() {
        Grid<AuditEntry> grid = find(Grid.class).single();
        var tester = test(grid);
        var rows = new ArrayList<List<String>>();
        for (int r = 0; r < Math.min(tester.size(), 20); r++) {
            var cells = new ArrayList<String>();
            for (int c = 0; c < 6; c++) {
                cells.add(tester.getCellText(r, c));
            }
            rows.add(cells);
        }
        return rows;
    }
}
