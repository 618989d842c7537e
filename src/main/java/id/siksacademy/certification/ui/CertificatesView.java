package id.siksacademy.certification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.Times;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.certification.CertificateStatus;
import id.siksacademy.certification.CertificateView;
import id.siksacademy.certification.CertificationService;
import id.siksacademy.certification.PublicUrls;
import jakarta.annotation.security.RolesAllowed;

/** Sertifikat: every certificate of the kabupaten, with its status; a Dinsos administrator revokes with a reason. */
@Route("dinsos/sertifikat")
@RolesAllowed(Role.Names.DINSOS_ADMIN)
@Menu(order = 15, icon = "vaadin:diploma", title = "menu.certificates")
class CertificatesView extends Main implements HasDynamicTitle {

    private final CertificationService certification;
    private final Grid<CertificateView> grid = new Grid<>();

    CertificatesView(CertificationService certification, PublicUrls urls) {
        this.certification = certification;
        addClassName("list-view");
        add(new ViewHeader(getTranslation("certificates.title"), getTranslation("certificates.lead")));
        reachedAt().flatMap(r -> urls.mismatch(r.getScheme(), r.getServerName(), r.getServerPort())).ifPresent(reached -> {
            var warning = new Paragraph(getTranslation("certificates.public-url.mismatch", urls.origin(), reached));
            warning.addClassName("problem-callout");
            warning.setId("public-url-mismatch");
            add(warning);
        });
        grid.addColumn(CertificateView::fullName).setHeader(getTranslation("progress.col.name")).setAutoWidth(true);
        grid.addColumn(CertificateView::levelTitleId).setHeader(getTranslation("certificates.level")).setAutoWidth(true);
        grid.addColumn(c -> Times.date(c.issuedAt().atZone(Times.WIB).toLocalDate(), getLocale()))
                .setHeader(getTranslation("verify.issued")).setAutoWidth(true);
        grid.addColumn(c -> Times.date(c.expiresAt().atZone(Times.WIB).toLocalDate(), getLocale()))
                .setHeader(getTranslation("verify.expires")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            var status = new Span(getTranslation("verify.status." + c.status().name()));
            status.getElement().getThemeList().add(c.status() == CertificateStatus.BERLAKU ? "badge success" : "badge error");
            return status;
        }).setHeader(getTranslation("users.status")).setAutoWidth(true);
        grid.addComponentColumn(c -> new Anchor("verifikasi/" + c.code(), c.code())).setHeader(getTranslation("verify.code"))
                .setAutoWidth(true);
        grid.addComponentColumn(c -> {
            var revoke = new Button(getTranslation("certificates.revoke"), e -> revoke(c));
            revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            revoke.setEnabled(c.status() != CertificateStatus.DICABUT);
            revoke.setId("revoke-" + c.code());
            return revoke;
        }).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("certificates.empty"));
        grid.setId("certificate-grid");
        grid.setItems(certification.all());
        add(grid);
    }

    /** The request this page was opened with (behind the proxy, as the proxy forwarded it). */
    private static java.util.Optional<jakarta.servlet.http.HttpServletRequest> reachedAt() {
        return VaadinRequest.getCurrent() instanceof VaadinServletRequest r ? java.util.Optional.of(r.getHttpServletRequest())
                : java.util.Optional.empty();
    }

    private void revoke(CertificateView c) {
        var dialog = new Dialog(getTranslation("certificates.revoke") + ": " + c.fullName());
        var reason = new TextArea(getTranslation("certificates.reason"));
        reason.setMinLength(5);
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setId("revoke-reason");
        var confirm = new Button(getTranslation("certificates.revoke"), e -> {
            if (reason.getValue().strip().length() < 5) {
                reason.setErrorMessage(getTranslation("certificates.reason.short"));
                reason.setInvalid(true);
                return;
            }
            certification.revoke(c.code(), reason.getValue());
            dialog.close();
            grid.setItems(certification.all());
            Notification.show(getTranslation("certificates.revoked"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("revoke-confirm");
        dialog.add(reason);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title") + " | SIKS Academy";
    }
}
