package id.siksacademy.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.AccountRejectedException;
import id.siksacademy.account.AccountService;
import id.siksacademy.account.PasswordPolicy;
import id.siksacademy.base.ui.ViewHeader;
import jakarta.annotation.security.PermitAll;

@Route("kata-sandi")
@PermitAll
@Menu(order = 90, icon = "vaadin:key", title = "menu.password")
class ChangePasswordView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField fresh = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("narrow-view");
        add(new ViewHeader(getTranslation("password.title"), getTranslation("password.rules",
                PasswordPolicy.MIN_LENGTH)));
        if (accounts.mustChangePassword()) {
            var must = new Paragraph(getTranslation("password.must-change"));
            must.addClassName("callout");
            add(must);
        }
        current.setLabel(getTranslation("password.current"));
        fresh.setLabel(getTranslation("password.new"));
        fresh.setMinLength(PasswordPolicy.MIN_LENGTH);
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setLabel(getTranslation("password.repeat"));
        for (var field : new PasswordField[] {current, fresh, repeat}) {
            field.setRequired(true);
        }
        current.setId("current-password");
        fresh.setId("new-password");
        repeat.setId("repeat-password");
        var save = new Button(getTranslation("password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-password");
        var form = new FormLayout(current, fresh, repeat, save);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
    }

    private void save() {
        current.setInvalid(false);
        fresh.setInvalid(false);
        repeat.setInvalid(false);
        if (!fresh.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), fresh.getValue());
        } catch (AccountRejectedException e) {
            var field = e.messageKey().equals("password.current-wrong") ? current : fresh;
            field.setErrorMessage(getTranslation(e.messageKey(), PasswordPolicy.MIN_LENGTH));
            field.setInvalid(true);
            return;
        }
        current.clear();
        fresh.clear();
        repeat.clear();
        Notification.show(getTranslation("password.changed"), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " | SIKS Academy";
    }
}
