package app.bravo.recognition.ui;

import app.bravo.recognition.BigWinService;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.ui.HomeCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The home page's "Big wins" card: the latest approved big wins, refreshed live when a new one is
 * published, and for managers and HR how many nominations wait for them, with the way to the queue.
 */
@org.springframework.stereotype.Component
class BigWinsHomeCard implements HomeCard {

    static final int SHOWN = 3;

    private final BigWinService bigWins;
    private final CurrentUser currentUser;
    private final Broadcaster broadcaster;

    BigWinsHomeCard(BigWinService bigWins, CurrentUser currentUser, Broadcaster broadcaster) {
        this.bigWins = bigWins;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create() {
        boolean decider = currentUser.get().map(u -> u.has(Role.MANAGER) || u.has(Role.HR)).orElse(false);
        return Optional.of(new Panel(decider));
    }

    /** The card itself: one per home page. */
    @StyleSheet("styles/bigwins.css")
    final class Panel extends LatestCard {

        final RouterLink waiting = new RouterLink();
        private final boolean decider;

        Panel(boolean decider) {
            super("bigwins-home-card", "bigwins.home.title", "bigwins-home-list", "bigwins.home.empty");
            this.decider = decider;
            waiting.setRoute(ApprovalsView.class);
            waiting.addClassName("bigwins-waiting");
            add(waiting, list, empty);
            live(broadcaster);
        }

        @Override
        void refresh() {
            super.refresh();
            long count = decider ? bigWins.waitingCount() : 0;
            waiting.setText(count == 0 ? "" : getTranslation("bigwins.home.waiting", count));
            waiting.setVisible(count > 0);
        }

        @Override
        List<Component> latest() {
            Locale locale = BigWinCard.locale();
            return bigWins.recentBigWins(SHOWN).stream().<Component>map(w -> {
                var award = new Span(getTranslation("bigwins.card.award", w.awardName(locale), w.points()));
                award.getElement().getThemeList().add("badge success small");
                var people = new H4(w.recipients().stream().map(r -> Bidi.isolate(r.name()))
                        .collect(Collectors.joining(getTranslation("bigwins.list.separator"))));
                people.addClassNames("bigwin-people", "user-text");
                var words = new Paragraph(w.message());
                words.addClassNames("bigwin-message", "bigwin-message-short", "user-text");
                words.getElement().setAttribute("dir", "auto");
                var by = new Paragraph(getTranslation("bigwins.spotlight.byline", Bidi.isolate(w.nominator().name())));
                by.addClassName("bigwin-byline");
                var item = new Div(award, people, words, by);
                item.addClassName("bigwins-home-item");
                return item;
            }).toList();
        }
    }
}
