package app.bravo.wall.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.KioskTokenService;
import app.bravo.home.HomeView;
import app.bravo.people.Person;
import app.bravo.security.Role;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.ui.Spotlight;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.FeedbackSource;
import app.bravo.wall.FeedbackStatus;
import app.bravo.wall.NoteOfTheDay;
import app.bravo.wall.NoteView;
import app.bravo.wall.ScoreType;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The wall's side of the shared slots: the actions other features add to a published note, and the
 * moments they put in the spotlight on the wall's strip and on office screens. The slots are filled
 * here by two test beans ({@link MarkedNoteAction}, {@link TestSpotlight}) that act only on this
 * test's own notes and moments.
 */
@IntegrationTest
class SlotsViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired FeedbackService feedback;
    @Autowired NoteOfTheDay noteOfTheDay;
    @Autowired KioskTokenService kiosks;
    @Autowired WallHomeCard homeCard;
    @Autowired PraiseProfileCard praiseCard;
    @Autowired TestSpotlight testSpotlight;
    @Autowired Broadcaster broadcaster;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    @AfterEach
    void cleanUp() {
        TestSpotlight.ITEMS.clear();
        Fixtures.signOut();
    }

    private long publish(String quote, List<Long> people, List<Long> departments) {
        fixtures.signInAs();
        long id = feedback.submit(new FeedbackForm(quote, "Robin Customer", "Globex", Channel.EMAIL, 5, ScoreType.CSAT, null,
                people, List.of(), departments, List.of(), null)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        return id;
    }

    private static String marker() {
        return Fixtures.unique("slot").replaceAll("[^A-Za-z0-9]", "");
    }

    private static Spotlight.Item moment(String words, Instant at) {
        return new Spotlight.Item(Fixtures.unique("moment"), "Big win · Exceptional", "Sam Rivera, سارا احمدی", words,
                "Nominated by Alex Kim", at);
    }

    private static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(c -> Stream.concat(Stream.of(c), descendants(c)));
    }

    private static List<Button> testActions(Component root) {
        return descendants(root).filter(c -> c.hasClassName(MarkedNoteAction.CLASS_NAME)).map(Button.class::cast).toList();
    }

    private WallView wallFor(String marker) {
        navigate(HomeView.class);
        WallView view = navigate(WallView.class);
        test(view.search).setValue(marker);
        return view;
    }

    /** What the broadcaster's threads handed to this UI through {@code UI.access}: as push would run it. */
    private static void runPushedChanges() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    /** The moments become new: the spotlight's live event, after a commit, as a feature would publish it. */
    private void momentsChanged() {
        tx.executeWithoutResult(s -> events.publishEvent(new TestSpotlight.MomentsChanged()));
    }

    @Test
    void a_published_note_carries_the_actions_of_other_features_with_what_they_may_know_of_it() {
        Person star = fixtures.person(Fixtures.unique("Star"));
        String m = marker();
        long marked = publish("Wonderful help " + MarkedNoteAction.MARKER + " " + m, List.of(star.getId()), List.of());
        long plain = publish("Plain thanks " + m, List.of(star.getId()), List.of());
        fixtures.signInAs();

        WallView view = wallFor(m);
        NoteCard markedCard = view.cardList().stream().filter(c -> c.noteId == marked).findFirst().orElseThrow();
        NoteCard plainCard = view.cardList().stream().filter(c -> c.noteId == plain).findFirst().orElseThrow();
        assertThat(testActions(markedCard)).singleElement().satisfies(b -> {
            assertThat(b.getText()).isEqualTo("Thank [" + star.getId() + "] for " + marked + " from Robin Customer");
            // in the card's actions row, after the wall's own reactions and comments
            var row = b.getParent().orElseThrow();
            assertThat(row.hasClassName("wall-actions")).isTrue();
            assertThat(row.getChildren().toList().getLast()).isSameAs(b);
        });
        assertThat(testActions(plainCard)).isEmpty();

        // the short lists of the home page and the profile offer the same
        var home = (WallHomeCard.Latest) homeCard.create().orElseThrow();
        var praise = (PraiseProfileCard.Praise) praiseCard.create(star.getId()).orElseThrow();
        for (Component list : List.of(home.notes, praise.notes)) {
            var summaries = list.getChildren().filter(NoteSummary.class::isInstance).map(NoteSummary.class::cast)
                    .filter(s -> s.quote.getText().endsWith(m)).toList();
            assertThat(summaries).hasSize(2);
            assertThat(summaries.stream().filter(s -> s.quote.getText().contains(MarkedNoteAction.MARKER))
                    .flatMap(s -> testActions(s).stream()).map(Button::getText))
                    .as("the marked note's action in %s", list.getParent().map(Object::getClass).orElseThrow())
                    .containsExactly("Thank [" + star.getId() + "] for " + marked + " from Robin Customer");
            assertThat(summaries.stream().filter(s -> !s.quote.getText().contains(MarkedNoteAction.MARKER))
                    .flatMap(s -> testActions(s).stream())).isEmpty();
        }
    }

    @Test
    void the_note_of_the_day_on_the_home_page_carries_the_actions_too() {
        Person star = fixtures.person(Fixtures.unique("Star"));
        long id = publish("Note of the day " + MarkedNoteAction.MARKER + " " + marker(), List.of(star.getId()), List.of());
        noteOfTheDay.feature(id);
        fixtures.signInAs();

        navigate(HomeView.class);
        var card = $(NoteOfTheDayCard.Panel.class).first();
        assertThat(card.actions.isVisible()).isTrue();
        assertThat(testActions(card.actions)).singleElement()
                .satisfies(b -> assertThat(b.getText()).isEqualTo("Thank [" + star.getId() + "] for " + id + " from Robin Customer"));
    }

    @Test
    void a_note_that_is_not_published_gets_no_actions() {
        var pending = new NoteView(1L, FeedbackStatus.PENDING, "Waiting " + MarkedNoteAction.MARKER, false, null, null,
                Channel.CHAT, null, null, LocalDate.now(), FeedbackSource.FORM, Instant.now(), null, List.of(), List.of(), List.of());
        var actions = new NoteActions(List.of(new MarkedNoteAction()));
        assertThat(NoteActions.published(pending)).isEmpty();
        assertThat(actions.create(pending)).isEmpty();

        var published = new NoteView(2L, FeedbackStatus.PUBLISHED, "Out " + MarkedNoteAction.MARKER, false, null, null,
                Channel.CHAT, null, null, LocalDate.now(), FeedbackSource.FORM, Instant.now(), Instant.now(), List.of(),
                List.of(new app.bravo.wall.Credit(7L, "Seven"), new app.bravo.wall.Credit(9L, "Nine")), List.of());
        assertThat(NoteActions.published(published)).hasValue(
                new app.bravo.shared.ui.NoteAction.PublishedNote(2L, "Out " + MarkedNoteAction.MARKER, null, List.of(7L, 9L)));
        assertThat(actions.create(published)).singleElement()
                .satisfies(c -> assertThat(((Button) c).getText()).isEqualTo("Thank [7, 9] for 2"));
    }

    @Test
    void the_wall_shows_the_moments_in_the_spotlight_newest_first_as_text() {
        Instant now = Instant.now().plus(Duration.ofDays(1)); // newer than any moment a real feature has
        var older = moment("First <b>launch</b> on time 🚀", now.minus(Duration.ofHours(2)));
        var newer = moment("یک پروژه بزرگ\nدر زمان تحویل شد", now);
        TestSpotlight.ITEMS.addAll(List.of(older, newer));
        fixtures.signInAs();

        navigate(HomeView.class);
        WallView view = navigate(WallView.class);
        SpotlightStrip strip = view.spotlight;
        assertThat(strip.isVisible()).isTrue();
        assertThat(strip.title.getText()).isEqualTo("Recent celebrations");
        assertThat(strip.shown()).startsWith(newer, older);
        // above the search and the cards
        List<Component> parts = view.getChildren().toList();
        assertThat(parts.indexOf(strip)).isLessThan(parts.indexOf(view.cards));

        Component first = strip.items.getChildren().findFirst().orElseThrow();
        assertThat(first.getElement().getAttribute("data-key")).isEqualTo(newer.key());
        List<Element> words = descendants(first).map(Component::getElement).filter(e -> e.getClassList().contains("user-text")).toList();
        assertThat(words).extracting(Element::getText)
                .containsExactly("Big win · Exceptional", "Sam Rivera, سارا احمدی", "یک پروژه بزرگ\nدر زمان تحویل شد", "Nominated by Alex Kim");
        assertThat(words).allSatisfy(e -> {
            assertThat(e.getAttribute("dir")).isEqualTo("auto");
            assertThat(e.getChildren()).allMatch(Element::isTextNode);
        });
        Component second = strip.items.getChildren().skip(1).findFirst().orElseThrow();
        assertThat(descendants(second).filter(c -> c.hasClassName("wall-moment-text")).findFirst().orElseThrow()
                .getElement().getText()).isEqualTo("First <b>launch</b> on time 🚀");
    }

    @Test
    void the_strip_is_gone_entirely_when_there_are_no_moments() {
        fixtures.signInAs();
        navigate(HomeView.class);
        var strip = new SpotlightStrip(List.of(testSpotlight), broadcaster);
        assertThat(strip.isVisible()).isFalse();
        assertThat(strip.shown()).isEmpty();
        assertThat(strip.items.getChildren()).isEmpty();
    }

    @Test
    void a_new_moment_reaches_an_open_wall_live() {
        fixtures.signInAs();
        navigate(HomeView.class);
        WallView view = navigate(WallView.class);
        var fresh = moment("Celebrated live", Instant.now().plus(Duration.ofDays(1)));
        assertThat(view.spotlight.shown()).doesNotContain(fresh);

        TestSpotlight.ITEMS.add(fresh);
        momentsChanged();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            runPushedChanges();
            assertThat(view.spotlight.isVisible()).isTrue();
            assertThat(view.spotlight.shown()).first().isEqualTo(fresh);
        });
    }

    private String screen(List<Long> departments) {
        fixtures.signInAs(Role.ADMIN);
        String secret = kiosks.create(Fixtures.unique("Screen"), 5, departments).secret();
        Fixtures.signOut();
        return secret;
    }

    /** Three notes of a department of this test's own, the first of them today's note. */
    private List<String> threeNotes(long department) {
        List<String> quotes = List.of(Fixtures.unique("One"), Fixtures.unique("Two"), Fixtures.unique("Three"));
        long first = publish(quotes.getFirst(), List.of(), List.of(department));
        publish(quotes.get(2), List.of(), List.of(department));
        publish(quotes.get(1), List.of(), List.of(department));
        noteOfTheDay.feature(first);
        return quotes;
    }

    @Test
    void an_office_screen_celebrates_a_moment_after_every_third_note() {
        fixtures.signInAs(Role.ADMIN);
        var dept = fixtures.department("Moments");
        List<String> quotes = threeNotes(dept.getId());
        var big = moment("Shipped the new clinic system two weeks early", Instant.now().plus(Duration.ofDays(1)));
        TestSpotlight.ITEMS.add(big);
        String secret = screen(List.of(dept.getId()));

        KioskView view = navigate("kiosk/" + secret, KioskView.class);
        Instant t = Instant.now();
        for (String quote : quotes) {
            assertThat(view.stage.isVisible()).isTrue();
            assertThat(view.moment.isVisible()).isFalse();
            assertThat(view.quote.getText()).isEqualTo(quote);
            t = t.plusSeconds(6);
            view.tick(t);
        }
        assertThat(view.moment.isVisible()).isTrue();
        assertThat(view.stage.isVisible()).isFalse();
        assertThat(view.momentLabel.getText()).isEqualTo("Big win · Exceptional");
        assertThat(view.momentPeople.getText()).isEqualTo("Sam Rivera, سارا احمدی");
        assertThat(view.momentText.getText()).isEqualTo("Shipped the new clinic system two weeks early");
        assertThat(view.momentText.getClassNames()).contains("kiosk-moment-text", "kiosk-moment-text-s");
        assertThat(view.momentBy.getText()).startsWith("\u2068Nominated by Alex Kim\u2069 · ");
        assertThat(view.momentPeople.getElement().getAttribute("dir")).isEqualTo("auto");
        // today's note stays on screen, small, during the celebration
        assertThat(view.today.isVisible()).isTrue();

        view.tick(t.plusSeconds(6));
        assertThat(view.stage.isVisible()).isTrue();
        assertThat(view.moment.isVisible()).isFalse();
        assertThat(view.quote.getText()).isEqualTo(quotes.getFirst());
    }

    @Test
    void a_round_of_fewer_than_three_notes_has_no_moment_and_a_screen_without_notes_shows_them_alone() {
        var note = new app.bravo.wall.ScreenNote(1L, "Thanks", null, null, Channel.CHAT, null, null, LocalDate.now());
        var m = moment("A moment", Instant.now());
        assertThat(KioskView.round(List.of(note, note), List.of(m))).containsExactly(
                new KioskView.NoteSlide(note), new KioskView.NoteSlide(note));
        assertThat(KioskView.round(List.of(), List.of(m))).containsExactly(new KioskView.MomentSlide(m));
        var m2 = moment("Another", Instant.now());
        assertThat(KioskView.round(List.of(note, note, note, note, note, note, note), List.of(m, m2))).containsExactly(
                new KioskView.NoteSlide(note), new KioskView.NoteSlide(note), new KioskView.NoteSlide(note), new KioskView.MomentSlide(m),
                new KioskView.NoteSlide(note), new KioskView.NoteSlide(note), new KioskView.NoteSlide(note), new KioskView.MomentSlide(m2),
                new KioskView.NoteSlide(note));
    }

    @Test
    void a_new_moment_reaches_an_office_screen_live_and_shows_at_once() {
        fixtures.signInAs(Role.ADMIN);
        var dept = fixtures.department("Live moments");
        List<String> quotes = threeNotes(dept.getId());
        String secret = screen(List.of(dept.getId()));
        KioskView view = navigate("kiosk/" + secret, KioskView.class);
        assertThat(view.quote.getText()).isEqualTo(quotes.getFirst());

        var fresh = moment("Approved a minute ago", Instant.now().plus(Duration.ofDays(1)));
        TestSpotlight.ITEMS.add(fresh);
        momentsChanged();

        await().pollInSameThread().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            runPushedChanges();
            assertThat(view.moment.isVisible()).isTrue();
            assertThat(view.momentText.getText()).isEqualTo("Approved a minute ago");
        });
    }
}
