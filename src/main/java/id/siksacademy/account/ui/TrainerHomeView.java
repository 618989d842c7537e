package id.siksacademy.account.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import id.siksacademy.account.AccountService;
import id.siksacademy.account.Role;
import id.siksacademy.base.ui.InfoCards;
import id.siksacademy.base.ui.ViewHeader;
import jakarta.annotation.security.RolesAllowed;

/** A trainer's home: what the trainer's work on the platform consists of. */
@Route("pelatih")
@RolesAllowed(Role.Names.TRAINER)
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
class TrainerHomeView extends Main implements HasDynamicTitle {

    TrainerHomeView(AccountService accounts) {
        addClassName("home-view");
        add(new ViewHeader(getTranslation("home.welcome", accounts.currentFullName()),
                getTranslation("home.trainer.lead")));
        add(InfoCards.of(this::getTranslation, "home.trainer.cohorts", "home.trainer.review",
                "home.trainer.faults"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | SIKS Academy";
    }
}
