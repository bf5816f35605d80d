package app.bravo.wall.ui;

import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.ui.Spotlight;
import com.vaadin.flow.component.Component;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The host side of the {@link Spotlight} slot: the moments other features put beside the customer
 * notes (recognition's approved big wins), merged from every bean, newest first. The wall's strip
 * and the office screen show them; the wall knows the slot, never the features that fill it.
 */
final class Moments {

    private static final Comparator<Spotlight.Item> NEWEST_FIRST =
            Comparator.comparing(Spotlight.Item::at).reversed().thenComparing(Spotlight.Item::key);

    private Moments() {
    }

    /** The newest {@code limit} moments of all the spotlights together. */
    static List<Spotlight.Item> recent(List<Spotlight> spotlights, Locale locale, int limit) {
        return spotlights.stream().flatMap(s -> s.recent(locale, limit).stream())
                .sorted(NEWEST_FIRST).limit(limit).toList();
    }

    /**
     * Runs {@code then} inside the component's UI, while it is attached, after each live event that
     * a spotlight names as a change of its moments.
     */
    static void whenChanged(Component component, Broadcaster broadcaster, List<Spotlight> spotlights, Runnable then) {
        spotlights.stream().map(Spotlight::changes).flatMap(Optional::stream).distinct()
                .forEach(type -> broadcaster.subscribeWhileAttached(component, type, e -> then.run()));
    }
}
