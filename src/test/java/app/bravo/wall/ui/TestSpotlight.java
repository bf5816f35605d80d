package app.bravo.wall.ui;

import app.bravo.shared.live.LiveEvent;
import app.bravo.shared.ui.Spotlight;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A spotlight for the slot's own tests, in the shared test context: it has moments only while a
 * test has put some in {@link #ITEMS} (and takes them out again after), so every other test sees
 * none from it.
 */
@org.springframework.stereotype.Component
class TestSpotlight implements Spotlight {

    /** Its live event: the moments may have changed. */
    record MomentsChanged() implements LiveEvent {
    }

    static final List<Item> ITEMS = new CopyOnWriteArrayList<>();

    @Override
    public List<Item> recent(Locale locale, int limit) {
        return ITEMS.stream().sorted(Comparator.comparing(Item::at).reversed()).limit(limit).toList();
    }

    @Override
    public Optional<Class<?>> changes() {
        return Optional.of(MomentsChanged.class);
    }
}
