package app.bravo.shared.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Recent moments a feature puts in the spotlight beside the customer notes: the wall's big-wins
 * strip and every office screen (recognition's approved big wins). Each is a Spring bean; hosts
 * render the items in their own style. Office screens have no signed-in person, so an
 * implementation returns only what anyone in the company may see, and needs no security context.
 */
public interface Spotlight {

    /**
     * One moment, as plain text in the reader's language: a label ("Big win · Exceptional"), who it
     * celebrates, the words, who gave it, and when. Hosts show every field as text, never as markup.
     */
    record Item(String key, String label, String people, String text, String byline, Instant at) {
    }

    /** The newest moments first, at most {@code limit}. */
    List<Item> recent(Locale locale, int limit);

    /**
     * The live event type (a {@code shared.live.LiveEvent}) after which the items may have changed,
     * so a host can refresh; empty when they change only on reload.
     */
    Optional<Class<?>> changes();
}
