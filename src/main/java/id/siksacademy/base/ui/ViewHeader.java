package id.siksacademy.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;

/** The title (and optional lead sentence) at the top of a view. */
public final class ViewHeader extends Header {

    public ViewHeader(String title, String lead) {
        addClassName("view-header");
        add(new H1(title));
        if (lead != null && !lead.isBlank()) {
            var p = new Paragraph(lead);
            p.addClassName("lead");
            add(p);
        }
    }
}
