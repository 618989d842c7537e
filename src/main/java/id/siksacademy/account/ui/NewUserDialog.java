package id.siksacademy.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import id.siksacademy.account.AccountRejectedException;
import id.siksacademy.account.AccountService;
import id.siksacademy.account.NewUser;
import id.siksacademy.account.PasswordPolicy;
import id.siksacademy.account.Role;
import id.siksacademy.account.UserSummary;
import id.siksacademy.region.Kabupaten;
import id.siksacademy.region.ui.DesaPicker;
import java.util.function.Consumer;

/** The form for a new account; the service checks everything again. */
class NewUserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final Select<Role> role = new Select<>();
    private final PasswordField password = new PasswordField();
    private final DesaPicker desa;

    NewUserDialog(AccountService accounts, Kabupaten kabupaten, Consumer<UserSummary> onCreated) {
        desa = new DesaPicker(kabupaten);
        desa.setLabel(getTranslation("users.desa"));
        desa.setHelperText(getTranslation("users.desa.help"));
        desa.setId("new-desa");
        setHeaderTitle(getTranslation("users.add"));
        username.setLabel(getTranslation("users.username"));
        username.setHelperText(getTranslation("users.username.help"));
        username.setMaxLength(NewUser.USERNAME_MAX);
        username.setId("new-username");
        fullName.setLabel(getTranslation("users.full-name"));
        fullName.setMaxLength(NewUser.FULL_NAME_MAX);
        fullName.setId("new-full-name");
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.OPERATOR);
        role.addValueChangeListener(e -> desa.setVisible(e.getValue() == Role.OPERATOR));
        password.setLabel(getTranslation("users.initial-password"));
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setId("new-password");
        var form = new FormLayout(username, fullName, role, desa, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var save = new Button(getTranslation("common.save"), e -> save(accounts, onCreated));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("save-user");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private void save(AccountService accounts, Consumer<UserSummary> onCreated) {
        for (var f : new com.vaadin.flow.component.HasValidation[] {username, fullName, password, desa}) {
            f.setInvalid(false);
        }
        try {
            var created = accounts.create(new NewUser(username.getValue(), fullName.getValue(), role.getValue(),
                    password.getValue(), desa.getValue() == null ? null : desa.getValue().code()));
            close();
            onCreated.accept(created);
        } catch (AccountRejectedException e) {
            var field = e.messageKey().startsWith("password.") ? password
                    : e.messageKey().startsWith("account.full-name") ? fullName
                    : e.messageKey().startsWith("account.desa") ? desa : username;
            field.setErrorMessage(getTranslation(e.messageKey(), PasswordPolicy.MIN_LENGTH));
            field.setInvalid(true);
        }
    }
}
