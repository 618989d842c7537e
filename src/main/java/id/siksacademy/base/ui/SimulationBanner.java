package id.siksacademy.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The "DATA SIMULASI" banner every sandbox screen carries, so that no one mistakes the
 * synthetic village for real people. Shows the sandbox village's name when given.
 */
public final class SimulationBanner extends Div {

    public SimulationBanner(String villageName) {
        addClassName("simulation-banner");
        getElement().setAttribute("role", "note");
        var label = new Span(getTranslation("sandbox.banner"));
        label.addClassName("simulation-banner-label");
        add(label);
        if (villageName != null && !villageName.isBlank()) {
            var village = new Span(villageName);
            village.addClassName("simulation-banner-village");
            add(village);
        }
    }
}
