package id.siksacademy.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.siksacademy.account.OperatorProfile;
import id.siksacademy.region.Regions;
import id.siksacademy.region.ui.DesaPicker;
import id.siksacademy.training.CohortService;
import id.siksacademy.training.TrainingRejectedException;

/** The cohort's operators, with an existing account added by username. */
class MembersPanel extends Div {

    private final CohortService cohorts;
    private final long cohortId;
    private final Grid<OperatorProfile> grid = new Grid<>();

    MembersPanel(CohortService cohorts, Regions regions, long cohortId) {
        this.cohorts = cohorts;
        this.cohortId = cohortId;
        addClassName("members-panel");
        grid.addComponentColumn(p -> {
            var link = new Anchor("pelatih/operator/" + p.username(), p.fullName());
            var cell = new Span(link, new Span(p.username()));
            cell.addClassName("user-cell");
            return cell;
        }).setHeader(getTranslation("progress.col.name")).setFlexGrow(2);
        grid.addColumn(p -> DesaPicker.label(regions, p.desaCode())).setHeader(getTranslation("users.desa"))
                .setAutoWidth(true);
        grid.addColumn(p -> p.contact() == null ? "" : p.contact()).setHeader(getTranslation("cohort.contact"))
                .setAutoWidth(true);
        grid.addComponentColumn(p -> {
            var badge = new Span(getTranslation(!p.enabled() ? "users.status.disabled"
                    : p.passwordChangeRequired() ? "cohort.member.first-login" : "users.status.active"));
            badge.getElement().getThemeList().add(p.enabled() && !p.passwordChangeRequired() ? "badge success" : "badge");
            return badge;
        }).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("cohort.members.empty"));
        grid.setId("member-grid");
        var username = new TextField();
        username.setPlaceholder(getTranslation("cohort.add-member.placeholder"));
        username.setId("add-member-username");
        var add = new Button(getTranslation("cohort.add-member"), e -> {
            try {
                var added = cohorts.addMember(cohortId, username.getValue());
                username.clear();
                username.setInvalid(false);
                refresh();
                Notification.show(getTranslation("cohort.member-added", added.fullName()), 3000,
                        Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
            } catch (TrainingRejectedException ex) {
                username.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
                username.setInvalid(true);
            }
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("add-member");
        var bar = new HorizontalLayout(username, add);
        bar.addClassName("toolbar");
        add(bar, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(cohorts.members(cohortId));
    }
}
