package id.siksacademy.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.siksacademy.base.i18n.LanguageSwitch;
import id.siksacademy.base.i18n.UserLanguage;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every signed-in view. The side navigation lists only the views the user's
 * role may open (menu entries are filtered by each view's access annotation).
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, UserLanguage userLanguage) {
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header(authentication, userLanguage));
        addToDrawer(brand(), navigation());
    }

    private Div brand() {
        var brand = new Div(new Span("SIKS Academy"));
        brand.addClassName("brand");
        return brand;
    }

    private SideNav navigation() {
        var nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        String label = getTranslation(entry.title());
        return entry.icon() == null
                ? new SideNavItem(label, entry.path())
                : new SideNavItem(label, entry.path(), new Icon(entry.icon()));
    }

    private HorizontalLayout header(AuthenticationContext authentication, UserLanguage userLanguage) {
        var user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("current-user");
        var logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        logout.setId("logout");
        var header = new HorizontalLayout(new LanguageSwitch(userLanguage), user, logout);
        header.addClassName("app-header");
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return header;
    }
}
