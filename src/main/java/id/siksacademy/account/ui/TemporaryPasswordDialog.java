package id.siksacademy.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a temporary password once; it is not stored anywhere readable. */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String username, String temporary) {
        setHeaderTitle(getTranslation("users.reset.done.title", username));
        var value = new Span(temporary);
        value.addClassName("temporary-password");
        value.setId("temporary-password");
        add(new Paragraph(getTranslation("users.reset.done.text")), value);
        var close = new Button(getTranslation("common.close"), e -> close());
        close.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(close);
    }
}
