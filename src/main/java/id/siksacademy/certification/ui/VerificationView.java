package id.siksacademy.certification.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.siksacademy.base.ui.Times;
import id.siksacademy.certification.CertificateStatus;
import id.siksacademy.certification.CertificationService;
import id.siksacademy.certification.PublicCertificate;
import id.siksacademy.certification.VerificationThrottledException;

/**
 * Public verification (no login), where a certificate's QR code leads: name, desa, level, dates and
 * status (berlaku, kedaluwarsa, dicabut), nothing more personal; an unknown code says so plainly.
 */
@Route(value = "verifikasi/:code", autoLayout = false)
@AnonymousAllowed
class VerificationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CertificationService certification;

    VerificationView(CertificationService certification) {
        this.certification = certification;
        addClassName("verification-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String code = event.getRouteParameters().get("code").orElse("");
        var brand = new Span("SIKS Academy");
        brand.addClassName("verification-brand");
        add(brand);
        try {
            certification.verify(code, VaadinRequest.getCurrent().getRemoteAddr())
                    .ifPresentOrElse(this::show, () -> notFound(code));
        } catch (VerificationThrottledException e) {
            add(new H1(getTranslation("verify.throttled.title")), new Paragraph(getTranslation("verify.throttled.text")));
        }
    }

    private void show(PublicCertificate c) {
        var status = new Span(getTranslation("verify.status." + c.status().name()));
        status.getElement().getThemeList().add(c.status() == CertificateStatus.BERLAKU ? "badge success" : "badge error");
        status.setId("verify-status");
        var card = new Div(new H1(c.name()), status,
                line("verify.level", "en".equals(getLocale().getLanguage()) ? c.levelEn() : c.level()),
                line("verify.desa", c.desa() + (c.kecamatan().isEmpty() ? "" : ", " + getTranslation("verify.kecamatan",
                        c.kecamatan()))),
                line("verify.issued", Times.date(c.issuedAt().atZone(Times.WIB).toLocalDate(), getLocale())),
                line("verify.expires", Times.date(c.expiresAt().atZone(Times.WIB).toLocalDate(), getLocale())),
                line("verify.code", c.code()));
        if (c.revokedAt() != null) {
            card.add(line("verify.revoked", Times.date(c.revokedAt().atZone(Times.WIB).toLocalDate(), getLocale())));
        }
        card.addClassName("verification-card");
        card.setId("verification");
        add(card, new Paragraph(getTranslation("verify.note")));
    }

    private void notFound(String code) {
        var title = new H1(getTranslation("verify.not-found.title"));
        title.setId("verify-not-found");
        add(title, new Paragraph(getTranslation("verify.not-found.text", code)));
    }

    private Paragraph line(String key, String value) {
        var label = new Span(getTranslation(key));
        label.addClassName("verification-label");
        return new Paragraph(label, new Span(value));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title") + " | SIKS Academy";
    }
}
