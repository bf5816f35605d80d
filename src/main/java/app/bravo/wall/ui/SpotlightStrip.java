package app.bravo.wall.ui;

import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.Spotlight;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The wall's strip of recent moments other features celebrate (approved big wins), above the
 * cards: compact cards in one row that scrolls sideways on a phone, gone entirely when there are
 * none. It is built with the page, so it moves nothing after the first paint, and it follows the
 * spotlights' live events.
 */
class SpotlightStrip extends Section {

    static final int SHOWN = 8;

    final H3 title = new H3();
    final Div items = new Div();

    private final transient List<Spotlight> spotlights;
    private List<Spotlight.Item> shown = List.of();

    SpotlightStrip(List<Spotlight> spotlights, Broadcaster broadcaster) {
        this.spotlights = spotlights;
        addClassName("wall-spotlight");
        title.setText(getTranslation("wallui.spotlight.title"));
        title.addClassName("wall-spotlight-title");
        title.setId("wall-spotlight-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        items.addClassName("wall-spotlight-items");
        items.getElement().setAttribute("role", "list");
        // it scrolls sideways: keyboard users reach it with Tab and scroll it with the arrow keys
        items.getElement().setAttribute("tabindex", "0");
        items.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
        add(title, items);
        refresh();
        Moments.whenChanged(this, broadcaster, spotlights, this::refresh);
    }

    /** Reads the moments again and shows them; the strip hides when there are none. */
    void refresh() {
        shown = Moments.recent(spotlights, getLocale(), SHOWN);
        items.removeAll();
        shown.forEach(i -> items.add(item(i)));
        setVisible(!shown.isEmpty());
    }

    /** The moments on the strip now, newest first. */
    List<Spotlight.Item> shown() {
        return shown;
    }

    private Div item(Spotlight.Item i) {
        var label = text(new Span(), i.label(), "wall-moment-label");
        var people = text(new Span(), i.people(), "wall-moment-people");
        var words = text(new Paragraph(), i.text(), "wall-moment-text");
        var byline = text(new Span(), i.byline(), "wall-moment-by");
        var date = new Span(Dates.date(i.at().atZone(UserSettings.zone()).toLocalDate(), getLocale()));
        date.addClassName("wall-moment-date");
        var meta = new Div(byline, date);
        meta.addClassNames("wall-moment-meta", "secondary");
        var card = new Div(label, people, words, meta);
        card.addClassName("wall-moment");
        card.getElement().setAttribute("role", "listitem");
        card.getElement().setAttribute("data-key", i.key());
        return card;
    }

    /** Words a feature wrote for people: as text, in their own direction, and nothing where there are none. */
    private static <T extends HasText & HasStyle> T text(T component, String text, String className) {
        component.setText(text);
        component.addClassNames(className, "user-text");
        component.getElement().setAttribute("dir", "auto");
        if (text.isBlank()) {
            component.getElement().setAttribute("hidden", true);
        }
        return component;
    }
}
