package app.bravo.recognition;

import app.bravo.recognition.internal.BigWinStore;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.i18n.Translations;
import app.bravo.shared.ui.Spotlight;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Recognition's moments in the spotlight: the latest approved big wins that everyone may see (not
 * private, not hidden by a moderator), for the wall's big-wins strip and the office screens. Read
 * straight from the store, not through {@link BigWinService}: office screens have no one signed in.
 */
@Component
class BigWinSpotlight implements Spotlight {

    static final int LIMIT_MAX = 50;

    private final BigWinStore store;
    private final Translations translations;

    BigWinSpotlight(BigWinStore store, Translations translations) {
        this.store = store;
        this.translations = translations;
    }

    @Override
    public List<Item> recent(Locale locale, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        String comma = Language.of(locale) == Language.PERSIAN ? "، " : ", ";
        return store.recentPublished(Math.min(limit, LIMIT_MAX)).stream()
                .map(w -> new Item("big-win:" + w.id(),
                        translations.getTranslation("bigwins.spotlight.label", locale, w.awardName(locale)),
                        w.recipients().stream().map(r -> Bidi.isolate(r.name())).collect(Collectors.joining(comma)),
                        w.message(),
                        translations.getTranslation("bigwins.spotlight.byline", locale, Bidi.isolate(w.nominator().name())),
                        w.publishedAt() == null ? w.createdAt() : w.publishedAt()))
                .toList();
    }

    @Override
    public Optional<Class<?>> changes() {
        return Optional.of(KudosPublished.class);
    }
}
