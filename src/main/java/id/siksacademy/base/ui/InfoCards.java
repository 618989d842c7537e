package id.siksacademy.base.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Function;

/** A responsive row of cards, each titled "&lt;key&gt;.title" and saying "&lt;key&gt;.text". */
public final class InfoCards {

    private InfoCards() {
    }

    public static Div of(Function<String, String> translate, String... keys) {
        var cards = new Div();
        cards.addClassName("info-cards");
        for (String key : keys) {
            var card = new Card();
            card.setTitle(translate.apply(key + ".title"));
            card.add(new Paragraph(translate.apply(key + ".text")));
            cards.add(card);
        }
        return cards;
    }
}
