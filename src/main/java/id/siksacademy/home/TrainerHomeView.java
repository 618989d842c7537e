package id.siksacademy.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.AccountService;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.Times;
import id.siksacademy.base.ui.ViewHeader;
import id.siksacademy.region.Regions;
import id.siksacademy.training.CohortService;
import id.siksacademy.training.CohortSummary;
import jakarta.annotation.security.RolesAllowed;

/** A trainer's home: their cohorts, and the way to each one and to their operators' progress. */
@Route("pelatih")
@RolesAllowed(Role.Names.TRAINER)
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
class TrainerHomeView extends Main implements HasDynamicTitle {

    TrainerHomeView(AccountService accounts, CohortService cohorts, Regions regions) {
        addClassName("home-view");
        add(new ViewHeader(getTranslation("home.welcome", accounts.currentFullName()),
                getTranslation("home.trainer.lead")));
        var mine = cohorts.cohorts();
        add(new H2(getTranslation("home.trainer.cohorts")));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("home.trainer.no-cohorts")));
        }
        var cards = new Div();
        cards.addClassName("info-cards");
        for (CohortSummary c : mine) {
            var card = new Card();
            card.setTitle(c.name());
            card.setSubtitle(new Span(getTranslation("cohort.kecamatan-period",
                    regions.kecamatan(c.kecamatanCode()).map(k -> k.name()).orElse(c.kecamatanCode()),
                    Times.date(c.startsOn(), getLocale()), Times.date(c.endsOn(), getLocale()))));
            card.add(new Paragraph(getTranslation("cohort.member-count", c.memberCount())));
            var open = new Button(getTranslation("cohort.open"), e -> getUI().ifPresent(ui -> ui.navigate("pelatih/angkatan/" + c.id())));
            open.addThemeVariants(ButtonVariant.PRIMARY);
            open.setId("open-cohort-" + c.id());
            card.addToFooter(open);
            cards.add(card);
        }
        var links = new Div(new Anchor("pelatih/angkatan", getTranslation("home.trainer.manage-cohorts")),
                new Anchor("pelatih/kemajuan", getTranslation("menu.matrix")));
        links.addClassName("home-links");
        add(cards, links);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | SIKS Academy";
    }
}
