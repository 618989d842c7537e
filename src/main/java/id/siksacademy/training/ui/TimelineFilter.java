package id.siksacademy.training.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;

/**
 * The review timeline's filters: by kind of action (look-ups, data edits, results, meeting and
 * finalisation, help) and by household, so the acts that matter are not buried under look-ups.
 */
class TimelineFilter extends Div {

    TimelineFilter(ListDataProvider<ReviewView.Line> lines) {
        addClassName("timeline-filter");
        var kind = new Select<ActionText.Kind>();
        kind.setLabel(getTranslation("review.filter.kind"));
        kind.setItems(ActionText.Kind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("review.filter.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("review.filter.all")
                : getTranslation("review.kind." + k.name()));
        kind.setId("review-filter-kind");
        var household = new TextField(getTranslation("review.filter.household"));
        household.setClearButtonVisible(true);
        household.setValueChangeMode(ValueChangeMode.LAZY);
        household.setId("review-filter-household");
        Runnable apply = () -> {
            var k = kind.getValue();
            String h = household.getValue().strip().toLowerCase(Locale.ROOT);
            lines.setFilter(l -> (k == null || ActionText.kind(l.entry().action()) == k)
                    && (h.isEmpty() || (l.household() != null && l.household().toLowerCase(Locale.ROOT).contains(h))));
        };
        kind.addValueChangeListener(e -> apply.run());
        household.addValueChangeListener(e -> apply.run());
        add(kind, household);
    }
}
