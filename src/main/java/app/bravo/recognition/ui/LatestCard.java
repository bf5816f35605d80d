package app.bravo.recognition.ui;

import app.bravo.recognition.KudosPublished;
import app.bravo.shared.live.Broadcaster;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import org.springframework.security.core.AuthenticationException;

/**
 * The shape of recognition's home cards (the latest kudos, the latest big wins): a title, the latest
 * few or a line saying there are none, read again whenever a kudos is published while the home page
 * is open. A card adds its own parts around {@link #list} and {@link #empty}, then calls {@link #live}.
 */
abstract class LatestCard extends Section {

    final Div list = new Div();
    final Paragraph empty = new Paragraph();

    LatestCard(String cardClass, String titleKey, String listClass, String emptyKey) {
        addClassNames("card", cardClass);
        add(new H3(getTranslation(titleKey)));
        list.addClassName(listClass);
        empty.setText(getTranslation(emptyKey));
        empty.addClassName("secondary");
    }

    /** Shows the latest now and again on every publication, while attached. */
    final void live(Broadcaster broadcaster) {
        refresh();
        broadcaster.subscribeWhileAttached(this, KudosPublished.class, e -> {
            try {
                refresh();
            } catch (AuthenticationException signedOut) {
                // the reader's sign-in ended while the home page stayed open: nothing to show them
            }
        });
    }

    void refresh() {
        list.removeAll();
        List<Component> latest = latest();
        latest.forEach(list::add);
        empty.setVisible(latest.isEmpty());
    }

    /** The latest few, as the card shows them. */
    abstract List<Component> latest();
}
