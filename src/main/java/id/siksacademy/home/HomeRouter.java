package id.siksacademy.home;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.siksacademy.account.Role;
import jakarta.annotation.security.PermitAll;

/** The root URL: sends each role to its own home. */
@Route("")
@PermitAll
class HomeRouter extends Div implements BeforeEnterObserver {

    private final AuthenticationContext authentication;

    HomeRouter(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(Role.Names.DINSOS_ADMIN)) {
            event.forwardTo(AdminHomeView.class);
        } else if (authentication.hasRole(Role.Names.TRAINER)) {
            event.forwardTo(TrainerHomeView.class);
        } else {
            event.forwardTo("operator"); // the operator home lives with the attempts
        }
    }
}
