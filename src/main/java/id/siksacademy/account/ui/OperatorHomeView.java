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

/** An operator's home: what the platform is for them and how it keeps real data safe. */
@Route("operator")
@RolesAllowed(Role.Names.OPERATOR)
@Menu(order = 0, icon = "vaadin:home", title = "menu.home")
class OperatorHomeView extends Main implements HasDynamicTitle {

    OperatorHomeView(AccountService accounts) {
        addClassName("home-view");
        add(new ViewHeader(getTranslation("home.welcome", accounts.currentFullName()),
                getTranslation("home.operator.lead")));
        add(InfoCards.of(this::getTranslation, "home.operator.practice", "home.operator.feedback",
                "home.operator.certificate", "home.operator.synthetic"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.home") + " | SIKS Academy";
    }
}
