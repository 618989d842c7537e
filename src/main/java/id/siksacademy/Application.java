package id.siksacademy;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://assets/styles.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addLink("assets/icons/favicon.svg", java.util.Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addFavIcon("alternate icon", "assets/icons/favicon-32.png", "32x32");
        settings.addFavIcon("apple-touch-icon", "assets/icons/icon-180.png", "180x180");
    }

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    /** The one source of "now"; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
