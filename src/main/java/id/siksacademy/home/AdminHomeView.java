package id.siksacademy.home;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Anchor;
import id.siksacademy.account.AccountService;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/** The Dinsos administrator's home: active accounts per role, and the way to manage them. */
@Route("dinsos")
@RolesAllowed(Role.Names.DINSOS_ADMIN)
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
class AdminHomeView extends Main implements HasDynamicTitle {

    AdminHomeView(AccountService accounts) {
        addClassName("home-view");
        add(new ViewHeader(getTranslation("home.welcome", accounts.currentFullName()),
                getTranslation("home.admin.lead")));
        var counts = new Div();
        counts.addClassName("stat-cards");
        for (Role role : Role.values()) {
            var card = new Card();
            card.setTitle(getTranslation("role." + role.name()));
            var number = new Span(String.valueOf(accounts.countByRole(role)));
            number.addClassName("stat-number");
            card.add(number, new Span(" " + getTranslation("home.admin.active-accounts")));
            counts.add(card);
        }
        var links = new Div(new Anchor("dinsos/cakupan", getTranslation("menu.dashboard")),
                new Anchor("dinsos/pengguna", getTranslation("menu.users")),
                new Anchor("pelatih/angkatan", getTranslation("menu.cohorts")),
                new Anchor("pelatih/kemajuan", getTranslation("menu.matrix")),
                new Anchor("dinsos/sertifikat", getTranslation("menu.certificates")),
                new Anchor("dinsos/wilayah", getTranslation("menu.regions")),
                new Anchor("dinsos/audit", getTranslation("menu.audit")));
        links.addClassName("home-links");
        add(counts, links);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | SIKS Academy";
    }
}
