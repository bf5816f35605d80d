package app.bravo.recognition.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Person;
import app.bravo.recognition.KudosFilter;
import app.bravo.recognition.KudosForm;
import app.bravo.recognition.KudosKind;
import app.bravo.recognition.KudosReaction;
import app.bravo.recognition.KudosService;
import app.bravo.security.Role;
import app.bravo.shared.ui.NoteAction;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class KudosViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired KudosService kudos;
    @Autowired JdbcTemplate jdbc;
    @Autowired ThankThemAction thankThem;
    @Autowired KudosHomeCard homeCard;
    @Autowired KudosProfileCard profileCard;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    long give(Person giver, Person taker, String message) {
        fixtures.signIn(giver);
        return kudos.give(KudosForm.of(List.of(taker.getId()), message, Set.of(), 1));
    }

    KudosView feedOf(long personId) {
        navigate(app.bravo.home.HomeView.class);
        UI.getCurrent().navigate(KudosView.class, QueryParameters.simple(Map.of("person", String.valueOf(personId))));
        return $(KudosView.class).first();
    }

    @Test
    void the_feed_shows_kudos_as_cards_newest_first_filtered_by_the_address() {
        var giver = fixtures.person("View giver");
        var taker = fixtures.person("View taker");
        long older = give(giver, taker, "Older thanks");
        long newer = give(giver, taker, "Newer thanks <b>as text</b>");
        fixtures.signIn(fixtures.person("Reader"));

        KudosView view = feedOf(taker.getId());
        assertThat(view.filter()).isEqualTo(KudosFilter.person(taker.getId()));
        assertThat(KudosCard.ids(view.cardList())).containsExactly(newer, older);
        KudosCard top = view.cardList().getFirst();
        assertThat(top.getElement().getTextRecursively()).contains("Newer thanks <b>as text</b>", "View giver", "View taker");
        assertThat(top.addOn.isVisible()).isTrue();
        assertThat(top.edit.isVisible()).isFalse();
        assertThat(top.hide.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isFalse();
        String address = KudosView.location(new KudosFilter(3L, 4L, 5L, KudosKind.BIG));
        assertThat(address).startsWith("kudos?");
        assertThat(address.substring("kudos?".length()).split("&"))
                .containsExactlyInAnyOrder("department=3", "value=4", "person=5", "kind=BIG");
        assertThat(view.getPageTitle()).endsWith("· Bravo");
    }

    @Test
    void a_reader_reacts_and_comments_on_a_card() {
        var giver = fixtures.person("React giver");
        var taker = fixtures.person("React taker");
        long id = give(giver, taker, "Thanks for the review");
        fixtures.signIn(fixtures.person("Reactor"));
        KudosView view = feedOf(taker.getId());
        KudosCard card = view.cardList().getFirst();
        test(card.reactions.buttons().get(KudosReaction.LOVE)).click();
        assertThat(card.reactions.buttons().get(KudosReaction.LOVE).getElement().getAttribute("aria-pressed")).isEqualTo("true");
        test(card.comments.toggle()).click();
        test(card.comments.input()).setValue("Well deserved 👏");
        test(card.comments.post()).click();
        assertThat(card.comments.list().getElement().getTextRecursively()).contains("Well deserved 👏");
        assertThat(kudos.find(id, KudosFilter.NONE).orElseThrow().comments()).isEqualTo(1);
    }

    @Test
    void the_giver_sees_edit_and_delete_and_deleting_takes_the_card_away() {
        var giver = fixtures.person("Card giver");
        var taker = fixtures.person("Card taker");
        long id = give(giver, taker, "Mistake");
        KudosView view = feedOf(taker.getId());
        KudosCard card = view.cardList().getFirst();
        assertThat(card.kudosId).isEqualTo(id);
        assertThat(card.edit.isVisible()).isTrue();
        assertThat(card.addOn.isVisible()).isFalse();
        card.deleteNow();
        assertThat(view.cardList()).isEmpty();
    }

    @Test
    void a_moderator_sees_hide_and_a_hidden_kudos_marked() {
        var giver = fixtures.person("Hidden giver");
        var taker = fixtures.person("Hidden taker");
        long id = give(giver, taker, "To be hidden");
        fixtures.signInAs(Role.MODERATOR);
        kudos.hide(id, "Abusive");
        KudosView view = feedOf(taker.getId());
        KudosCard card = view.cardList().getFirst();
        assertThat(card.hasClassName("kudos-card-hidden")).isTrue();
        assertThat(card.getElement().getTextRecursively()).contains("Abusive");
        assertThat(card.hide.isVisible()).isFalse();
    }

    @Test
    void a_new_kudos_goes_on_top_of_an_open_feed_it_matches() {
        var giver = fixtures.person("Live giver");
        var taker = fixtures.person("Live taker");
        long first = give(giver, taker, "First");
        fixtures.signIn(fixtures.person("Watcher"));
        KudosView view = feedOf(taker.getId());
        long second = give(giver, taker, "Second");
        fixtures.signIn(fixtures.person("Watcher again"));
        view.showNew(second);
        view.showNew(second);
        assertThat(KudosCard.ids(view.cardList())).containsExactly(second, first);
    }

    @Test
    void new_kudos_wait_behind_a_button_on_a_filtered_feed_counting_only_those_that_match() {
        var giver = fixtures.person("Pill giver");
        var taker = fixtures.person("Pill taker");
        var someoneElse = fixtures.person("Pill bystander");
        long first = give(giver, taker, "Already there");
        fixtures.signIn(fixtures.person("Pill reader"));
        KudosView view = feedOf(taker.getId());
        assertThat(view.newKudos.isVisible()).isFalse();

        long second = give(giver, taker, "Second for the taker");
        long elsewhere = give(giver, someoneElse, "Not for this feed");
        long third = give(giver, taker, "Third for the taker");
        fixtures.signIn(fixtures.person("Pill reader again"));
        for (long id : List.of(second, elsewhere, third, second)) {
            view.arrived(id);
        }
        // what the reader reads stays put; the button counts the two that match
        assertThat(KudosCard.ids(view.cardList())).containsExactly(first);
        assertThat(view.waitingCount()).isEqualTo(2);
        assertThat(view.newKudos.isVisible()).isTrue();
        assertThat(view.newKudos.getText()).isEqualTo("2 new kudos");

        test(view.newKudos).click();
        assertThat(KudosCard.ids(view.cardList())).containsExactly(third, second, first);
        assertThat(view.cardList().getFirst().hasClassName("kudos-card-new")).isTrue();
        assertThat(view.newKudos.isVisible()).isFalse();

        // in Persian the count has Persian digits
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        long fourth = give(giver, taker, "چهارمی 🌟");
        fixtures.signIn(fixtures.person("Pill reader in Persian"));
        view.arrived(fourth);
        assertThat(view.newKudos.getText()).isEqualTo("۱ قدردانی تازه");
        view.clearFilters();
        assertThat(view.newKudos.isVisible()).isFalse();
    }

    @Test
    void on_an_unfiltered_feed_new_kudos_appear_at_once_at_the_top_and_wait_once_the_reader_scrolled_down() {
        var giver = fixtures.person("Top giver");
        var taker = fixtures.person("Top taker");
        fixtures.signIn(fixtures.person("Top reader"));
        KudosView view = navigate(KudosView.class);
        assertThat(view.filter().activeFilters()).isZero();

        long atOnce = give(giver, taker, "Seen at once");
        fixtures.signIn(fixtures.person("Top reader again"));
        view.arrived(atOnce);
        assertThat(KudosCard.ids(view.cardList()).getFirst()).isEqualTo(atOnce);
        assertThat(view.newKudos.isVisible()).isFalse();

        view.scrolled(false);
        long later = give(giver, taker, "Waits for the reader");
        fixtures.signIn(fixtures.person("Scrolled reader"));
        view.arrived(later);
        assertThat(KudosCard.ids(view.cardList()).getFirst()).isEqualTo(atOnce);
        assertThat(view.newKudos.getText()).isEqualTo("1 new kudos");
        test(view.newKudos).click();
        assertThat(KudosCard.ids(view.cardList()).getFirst()).isEqualTo(later);
    }

    @Test
    void thank_them_is_offered_for_credited_colleagues_but_not_for_oneself_alone() {
        var me = fixtures.person("Thanker");
        var credited = fixtures.person("Credited");
        fixtures.signIn(me);
        assertThat(thankThem.create(new NoteAction.PublishedNote(1, "Great service", "Dana", List.of()))).isEmpty();
        assertThat(thankThem.create(new NoteAction.PublishedNote(1, "Great service", "Dana", List.of(me.getId())))).isEmpty();
        var button = (Button) thankThem.create(new NoteAction.PublishedNote(1, "Great service", "Dana",
                List.of(me.getId(), credited.getId()))).orElseThrow();
        navigate(KudosView.class).add(button);
        test(button).click();
        GiveKudosDialog dialog = $(GiveKudosDialog.class).first();
        assertThat(dialog.recipients.getValue()).extracting(p -> p.id()).containsExactly(credited.getId());
        assertThat(dialog.quote.getText()).isEqualTo("Great service\n— Dana");
        assertThat(dialog.quote.isVisible()).isTrue();
    }

    @Test
    void the_home_card_and_the_profile_card_show_recent_kudos_and_offer_to_give() {
        var giver = fixtures.person("Home giver");
        var taker = fixtures.person("Home taker");
        give(giver, taker, "On the home page");
        fixtures.signIn(fixtures.person("Home reader"));
        navigate(KudosView.class);
        var home = (KudosHomeCard.Latest) homeCard.create().orElseThrow();
        assertThat(home.list.getElement().getTextRecursively()).contains("On the home page");
        var profile = (KudosProfileCard.Received) profileCard.create(taker.getId()).orElseThrow();
        assertThat(profile.counts.getText()).contains("1");
        assertThat(profile.list.getElement().getTextRecursively()).contains("On the home page");
        assertThat(profile.give.isVisible()).isTrue();
        fixtures.signIn(taker);
        var own = (KudosProfileCard.Received) profileCard.create(taker.getId()).orElseThrow();
        assertThat(own.give.isVisible()).isFalse();
    }
}
