package app.bravo.wall.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Person;
import app.bravo.security.Role;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.FeedbackStatus;
import app.bravo.wall.PendingNote;
import app.bravo.wall.Reaction;
import app.bravo.wall.ScoreType;
import app.bravo.wall.WallService;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WallViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired FeedbackService feedback;
    @Autowired WallService wall;
    @Autowired WallHomeCard homeCard;
    @Autowired PraiseProfileCard praiseCard;
    @Autowired app.bravo.shared.live.Broadcaster broadcaster;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    static String marker() {
        return Fixtures.unique("vw").replaceAll("[^A-Za-z0-9]", "");
    }

    static FeedbackForm form(String quote, Channel channel, List<Long> credited) {
        return new FeedbackForm(quote, "Robin Customer", "Globex", channel, 4, ScoreType.CSAT, null, credited, List.of(),
                List.of(), List.of("service"), null);
    }

    long publish(FeedbackForm form) {
        fixtures.signInAs();
        long id = feedback.submit(form).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        return id;
    }

    /** A new wall view: the router reuses the current view when it navigates to the same route. */
    WallView freshWall() {
        navigate(app.bravo.home.HomeView.class);
        return navigate(WallView.class);
    }

    /** The wall opened at an address with these query parameters, as a bookmark or a shared link opens it. */
    WallView open(com.vaadin.flow.router.QueryParameters parameters) {
        com.vaadin.flow.component.UI.getCurrent().navigate(WallView.class, parameters);
        return $(WallView.class).first();
    }

    WallView wallFor(String marker) {
        WallView view = freshWall();
        test(view.search).setValue(marker);
        return view;
    }

    static List<Long> ids(WallView view) {
        return view.cardList().stream().map(c -> c.noteId).toList();
    }

    @Test
    void the_wall_shows_published_notes_as_cards_newest_first() {
        String m = marker();
        long older = publish(form("Older praise " + m, Channel.EMAIL, List.of()));
        long newer = publish(form("Newer praise " + m, Channel.CHAT, List.of()));
        fixtures.signInAs();

        WallView view = wallFor(m);
        assertThat(ids(view)).containsExactly(newer, older);
        NoteCard top = view.cardList().getFirst();
        assertThat(top.quote.getText()).isEqualTo("Newer praise " + m);
        assertThat(top.customer.getText()).isEqualTo("Robin Customer");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void the_unfiltered_wall_starts_with_the_newest_note_and_loads_more_on_demand() {
        String m = marker();
        List<Long> ours = new java.util.ArrayList<>();
        for (int i = 0; i <= WallView.PAGE_SIZE; i++) {
            ours.addFirst(publish(form("Page note " + i + " " + m, Channel.EMAIL, List.of())));
        }
        fixtures.signInAs();
        assertThat(ids(freshWall()).getFirst()).isEqualTo(ours.getFirst());

        WallView view = wallFor(m);
        assertThat(ids(view)).containsExactlyElementsOf(ours.subList(0, WallView.PAGE_SIZE));
        assertThat(view.more.isVisible()).isTrue();
        // a note published meanwhile goes on top live and shifts no page: the next page holds the rest, once
        long meanwhile = publish(form("Meanwhile " + m, Channel.EMAIL, List.of()));
        fixtures.signInAs();
        test(view.more).click();
        assertThat(ids(view)).containsExactlyElementsOf(ours);
        assertThat(ids(view)).doesNotContain(meanwhile);
        assertThat(view.more.isVisible()).isFalse();
    }

    @Test
    void the_filters_live_in_the_address_and_come_back_from_it() {
        String m = marker();
        String tag = "addr-" + m.toLowerCase();
        long social = publish(new FeedbackForm("Seen on social " + m, "Robin Customer", "Globex", Channel.SOCIAL, null, null,
                java.time.LocalDate.of(2025, 5, 1), List.of(), List.of(), List.of(), List.of(tag), null));
        publish(form("Sent by mail " + m, Channel.EMAIL, List.of()));
        fixtures.signInAs();

        var filter = new app.bravo.wall.WallFilter(m, null, null, Channel.SOCIAL, tag, java.time.LocalDate.of(2025, 1, 1), null);
        String address = WallView.location(filter);
        assertThat(address).startsWith("wall?");
        assertThat(address.substring("wall?".length()).split("&"))
                .containsExactlyInAnyOrder("q=" + m, "channel=SOCIAL", "tag=" + tag, "from=2025-01-01");

        navigate(app.bravo.home.HomeView.class);
        WallView view = open(com.vaadin.flow.router.QueryParameters.fromString(address.substring("wall?".length())));
        assertThat(view.search.getValue()).isEqualTo(m);
        assertThat(view.channel.getValue()).isEqualTo(Channel.SOCIAL);
        assertThat(view.tag.getValue()).isEqualTo(tag);
        assertThat(view.from.getValue()).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
        assertThat(view.filter()).isEqualTo(filter);
        assertThat(ids(view)).containsExactly(social);
        assertThat(view.filtersToggle.getText()).isEqualTo("Filters (3)");

        // nonsense in the address is ignored, never an error
        navigate(app.bravo.home.HomeView.class);
        WallView lenient = open(com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("q", m, "channel", "NOPE",
                "person", "abc", "department", "999999999", "from", "yesterday")));
        assertThat(lenient.filter()).isEqualTo(app.bravo.wall.WallFilter.text(m));
        assertThat(ids(lenient)).hasSize(2);
    }

    @Test
    void an_empty_result_offers_to_clear_the_filters() {
        String m = marker();
        long id = publish(form("Clear me " + m, Channel.CHAT, List.of()));
        fixtures.signInAs();
        WallView view = wallFor(m);
        assertThat(view.clearFilters.isVisible()).isFalse();
        view.channel.setValue(Channel.REVIEW);
        assertThat(ids(view)).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.clearFilters.isVisible()).isTrue();

        test(view.clearFilters).click();
        assertThat(view.filter()).isEqualTo(app.bravo.wall.WallFilter.NONE);
        assertThat(view.channel.getValue()).isNull();
        assertThat(ids(view).getFirst()).isEqualTo(id);
        assertThat(view.clearFilters.isVisible()).isFalse();
    }

    @Test
    void on_a_phone_the_six_filters_fold_behind_one_button_that_counts_them() {
        fixtures.signInAs();
        WallView view = freshWall();
        assertThat(view.filtersToggle.getText()).isEqualTo("Filters");
        assertThat(view.filters.getChildren()).containsExactly(view.department, view.person, view.channel, view.tag, view.from, view.to);
        assertThat(view.filters.hasClassName("open")).isFalse();
        assertThat(view.filtersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");

        test(view.filtersToggle).click();
        assertThat(view.filters.hasClassName("open")).isTrue();
        assertThat(view.filtersToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        view.channel.setValue(Channel.CHAT);
        view.from.setValue(java.time.LocalDate.of(2024, 1, 1));
        test(view.search).setValue("anything");
        assertThat(view.filtersToggle.getText()).isEqualTo("Filters (2)");
        assertThat(view.filtersToggle.hasClassName("active")).isTrue();
    }

    @Test
    void reactions_and_comments_made_elsewhere_update_an_open_wall() throws Exception {
        String m = marker();
        long id = publish(form("Counted live " + m, Channel.CHAT, List.of()));
        fixtures.signInAs();
        WallView view = wallFor(m);
        NoteCard card = view.cardList().getFirst();
        assertThat(card.reactions.buttons().get(Reaction.LOVE).getText()).endsWith(" 0");

        var heard = new java.util.concurrent.LinkedBlockingQueue<app.bravo.wall.NoteCountsChanged>();
        var registration = broadcaster.subscribe(app.bravo.wall.NoteCountsChanged.class, heard::add);
        try {
            var me = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            fixtures.signInAs();
            wall.toggle(id, Reaction.LOVE);
            wall.comment(id, "Seen from another tab");
            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(new app.bravo.wall.NoteCountsChanged(id));
            assertThat(heard.poll(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(new app.bravo.wall.NoteCountsChanged(id));
            org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(me);
        } finally {
            registration.remove();
        }
        view.refreshCounts(id);
        assertThat(card.reactions.buttons().get(Reaction.LOVE).getText()).endsWith(" 1");
        assertThat(card.reactions.buttons().get(Reaction.LOVE).getElement().getAttribute("aria-pressed")).isEqualTo("false");
        assertThat(card.comments.toggle().getText()).contains("1");
    }

    @Test
    void customer_and_company_keep_their_own_direction_on_cards() {
        String m = marker();
        publish(new FeedbackForm("Isolated " + m, "Mallory ‮evil", "Acme Corp", Channel.OTHER, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null));
        fixtures.signInAs();
        NoteCard card = wallFor(m).cardList().getFirst();
        assertThat(card.customer.getText()).isEqualTo("Mallory ‮evil");
        assertThat(card.customer.getElement().getAttribute("dir")).isEqualTo("auto");
        var company = card.getElement().getChildren().flatMap(WallViewTest::tree)
                .filter(e -> e.getClassList().contains("wall-company")).findFirst().orElseThrow();
        assertThat(company.getAttribute("dir")).isEqualTo("auto");
    }

    @Test
    void a_filter_narrows_the_cards() {
        String m = marker();
        long social = publish(form("Seen on social " + m, Channel.SOCIAL, List.of()));
        long mail = publish(form("Sent by mail " + m, Channel.EMAIL, List.of()));
        fixtures.signInAs();

        WallView view = wallFor(m);
        assertThat(ids(view)).containsExactly(mail, social);
        view.channel.setValue(Channel.SOCIAL);
        assertThat(ids(view)).containsExactly(social);
        test(view.search).setValue(m + " mail");
        assertThat(ids(view)).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
    }

    @Test
    void reacting_updates_the_count_and_reacting_again_takes_it_back() {
        String m = marker();
        long id = publish(form("Reaction please " + m, Channel.CHAT, List.of()));
        fixtures.signInAs();
        WallView view = wallFor(m);
        NoteCard card = view.cardList().getFirst();
        assertThat(card.noteId).isEqualTo(id);

        test(card.reactions.buttons().get(Reaction.CLAP)).click();
        assertThat(card.reactions.buttons().get(Reaction.CLAP).getText()).endsWith(" 1");
        assertThat(card.reactions.buttons().get(Reaction.CLAP).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(wall.find(id, app.bravo.wall.WallFilter.NONE).orElseThrow().reactions().count(Reaction.CLAP)).isEqualTo(1);

        test(card.reactions.buttons().get(Reaction.CLAP)).click();
        assertThat(card.reactions.buttons().get(Reaction.CLAP).getText()).endsWith(" 0");
        assertThat(card.reactions.buttons().get(Reaction.CLAP).getElement().getAttribute("aria-pressed")).isEqualTo("false");
    }

    @Test
    void a_long_thread_shows_its_first_page_and_the_rest_on_show_more() {
        String m = marker();
        long id = publish(form("Much to say " + m, Channel.CHAT, List.of()));
        fixtures.signInAs();
        for (int i = 0; i <= WallService.COMMENTS_PAGE; i++) {
            wall.comment(id, "Comment " + i);
        }
        NoteCard card = wallFor(m).cardList().getFirst();
        test(card.comments.toggle()).click();
        assertThat(card.comments.list().getChildren().count()).isEqualTo(WallService.COMMENTS_PAGE);
        assertThat(card.comments.more().isVisible()).isTrue();
        test(card.comments.more()).click();
        assertThat(card.comments.list().getChildren().count()).isEqualTo(WallService.COMMENTS_PAGE + 1);
        assertThat(card.comments.list().getElement().getTextRecursively()).contains("Comment " + WallService.COMMENTS_PAGE);
        assertThat(card.comments.more().isVisible()).isFalse();
    }

    @Test
    void comments_are_added_and_a_moderator_hides_one() {
        String m = marker();
        publish(form("Talk about it " + m, Channel.CHAT, List.of()));
        fixtures.signInAs();
        NoteCard card = wallFor(m).cardList().getFirst();
        test(card.comments.toggle()).click();
        test(card.comments.input()).setValue("<b>bold</b> claim 🎉");
        test(card.comments.post()).click();
        assertThat(card.comments.list().getChildren().count()).isEqualTo(1);
        assertThat(card.comments.toggle().getText()).contains("1");
        test(card.comments.input()).setValue("bad\u0007");
        test(card.comments.post()).click();
        assertThat(card.comments.input().isInvalid()).isTrue();
        assertThat(card.comments.input().getValue()).isEqualTo("bad\u0007");

        fixtures.signInAs(Role.MODERATOR);
        NoteCard modCard = wallFor(m).cardList().getFirst();
        test(modCard.comments.toggle()).click();
        Component hideButton = descendants(modCard.comments.list()).stream()
                .filter(c -> c.getClassNames().contains("comment-hide")).findFirst().orElseThrow();
        test((com.vaadin.flow.component.button.Button) hideButton).click();
        assertThat(modCard.comments.list().getChildren().findFirst().orElseThrow().getClassNames()).contains("comment-hidden");

        fixtures.signInAs();
        NoteCard again = wallFor(m).cardList().getFirst();
        test(again.comments.toggle()).click();
        assertThat(again.comments.list().getChildren().count()).isZero();
    }

    static List<Component> descendants(Component root) {
        return root.getChildren().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c), descendants(c).stream())).toList();
    }

    @Test
    void submitting_the_form_creates_a_pending_note_and_says_it_awaits_moderation() {
        fixtures.signInAs();
        WallView view = freshWall();
        test(view.share).click();
        FeedbackDialog dialog = view.lastDialog;
        assertThat(dialog).isNotNull();
        String quote = "Your team saved our launch 🚀 تیم شما عالی بود " + marker();

        // a missing quote and channel: shown on the fields, nothing typed is lost
        test(dialog.company).setValue("Initech");
        test(dialog.submit).click();
        assertThat(dialog.quote.isInvalid()).isTrue();
        assertThat(dialog.quote.getErrorMessage()).isEqualTo("Enter the customer’s words.");
        assertThat(dialog.channel.isInvalid()).isTrue();
        assertThat(dialog.channel.getErrorMessage()).isEqualTo("Choose where the feedback came from.");
        assertThat(dialog.company.getValue()).isEqualTo("Initech");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.quote).setValue(quote);
        dialog.channel.setValue(Channel.CALL);
        dialog.anonymous.setValue(true);
        dialog.addTag("#Launch Day");
        test(dialog.submit).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.submitted.isVisible()).isTrue();
        assertThat(view.submitted.getText()).contains("awaits moderation");

        fixtures.signInAs(Role.MODERATOR);
        PendingNote pending = feedback.pending(PageRequest.of(0, 200)).getContent().stream()
                .filter(p -> p.note().quote().equals(quote)).findFirst().orElseThrow();
        assertThat(pending.note().status()).isEqualTo(FeedbackStatus.PENDING);
        assertThat(pending.note().customerName()).isNull();
        assertThat(pending.note().company()).isEqualTo("Initech");
        assertThat(pending.note().tags()).containsExactly("launch day");
    }

    @Test
    void a_script_in_the_quote_is_shown_as_text_and_never_becomes_an_element() {
        String m = marker();
        String evil = "<script>alert('x')</script><img src=x onerror=alert(1)> " + m;
        publish(new FeedbackForm(evil, "<b>Mallory</b>", "<i>Evil Corp</i>", Channel.OTHER, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null));
        fixtures.signInAs();
        NoteCard card = wallFor(m).cardList().getFirst();
        assertThat(card.quote.getText()).isEqualTo(evil);
        assertThat(card.quote.getElement().getChildren()).allMatch(Element::isTextNode);
        assertThat(card.customer.getText()).isEqualTo("<b>Mallory</b>");
        assertThat(card.getElement().getChildren().flatMap(WallViewTest::tree).filter(e -> !e.isTextNode()))
                .noneMatch(e -> List.of("script", "img", "b", "i").contains(e.getTag()));
    }

    static java.util.stream.Stream<Element> tree(Element e) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(e), e.getChildren().flatMap(WallViewTest::tree));
    }

    @Test
    void a_newly_approved_note_goes_on_top_of_a_wall_it_matches_and_nowhere_else() {
        String m = marker();
        long first = publish(form("First " + m, Channel.CHAT, List.of()));
        fixtures.signInAs();
        WallView view = wallFor(m);

        long arrived = publish(form("Arrived live " + m, Channel.CHAT, List.of()));
        fixtures.signInAs();
        view.showApproved(arrived);
        view.showApproved(arrived);
        assertThat(ids(view)).containsExactly(arrived, first);
        assertThat(view.cardList().getFirst().getClassNames()).contains("wall-card-new");

        view.channel.setValue(Channel.EMAIL);
        long elsewhere = publish(form("Chat only " + m, Channel.CHAT, List.of()));
        fixtures.signInAs();
        view.showApproved(elsewhere);
        assertThat(ids(view)).isEmpty();
    }

    @Test
    void the_home_card_shows_the_latest_notes_and_the_profile_lists_praise() {
        Person star = fixtures.person(Fixtures.unique("Star"));
        Person nobody = fixtures.person(Fixtures.unique("Nobody"));
        String m = marker();
        publish(form("Thanks to the star " + m, Channel.REVIEW, List.of(star.getId())));
        fixtures.signInAs();
        freshWall();

        var home = (WallHomeCard.Latest) homeCard.create().orElseThrow();
        assertThat(home.notes.getChildren().findFirst().map(c -> ((NoteSummary) c).quote.getText()))
                .hasValue("Thanks to the star " + m);
        assertThat(home.open.getHref()).isEqualTo("wall");

        var praise = (PraiseProfileCard.Praise) praiseCard.create(star.getId()).orElseThrow();
        assertThat(praise.notes.getChildren().map(c -> ((NoteSummary) c).quote.getText())).containsExactly("Thanks to the star " + m);
        assertThat(praiseCard.create(nobody.getId())).isEmpty();
    }
}
