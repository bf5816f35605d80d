package app.bravo.recognition.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PersonSummary;
import app.bravo.recognition.KudosFilter;
import app.bravo.recognition.KudosItem;
import app.bravo.recognition.KudosService;
import app.bravo.security.BravoUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class GiveKudosDialogTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired KudosService kudos;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    KudosView feedOf(long personId) {
        navigate(app.bravo.home.HomeView.class);
        UI.getCurrent().navigate(KudosView.class, QueryParameters.simple(Map.of("person", String.valueOf(personId))));
        return $(KudosView.class).first();
    }

    static PersonSummary summary(long id, String name) {
        return new PersonSummary(id, name, "x@test.example", null, null, true);
    }

    @Test
    void a_kudos_given_through_the_dialog_appears_in_the_feed() {
        var taker = fixtures.person("Dialog taker");
        BravoUser me = fixtures.signIn(fixtures.person("Dialog giver"));
        KudosView view = feedOf(taker.getId());
        assertThat(view.cardList()).isEmpty();
        long before = kudos.myPoints().allowanceLeft();

        test(view.give).click();
        GiveKudosDialog dialog = view.lastDialog;
        assertThat(dialog).isNotNull();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.points.getHelperText()).contains(String.valueOf(before));
        dialog.recipients.setValue(Set.of(summary(taker.getId(), "Dialog taker")));
        test(dialog.message).setValue("Thanks for jumping in — ممنون 🙏");
        dialog.points.setValue(4);
        test(dialog.give).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.cardList()).hasSize(1);
        KudosItem item = view.cardList().getFirst().item();
        assertThat(item.message()).isEqualTo("Thanks for jumping in — ممنون 🙏");
        assertThat(item.giver().id()).isEqualTo(me.personId());
        assertThat(item.pointsEach()).isEqualTo(4);
        assertThat(kudos.myPoints().allowanceLeft()).isEqualTo(before - 4);
        assertThat(kudos.page(KudosFilter.person(taker.getId()), null, 5).items()).extracting(KudosItem::id)
                .containsExactly(item.id());
    }

    @Test
    void a_refusal_is_shown_in_the_dialog_and_nothing_typed_is_lost() {
        BravoUser me = fixtures.signIn(fixtures.person("Self giver"));
        KudosView view = feedOf(me.personId());
        test(view.give).click();
        GiveKudosDialog dialog = view.lastDialog;
        dialog.recipients.setValue(Set.of(summary(me.personId(), "Self giver")));
        test(dialog.message).setValue("To me, from me");
        test(dialog.give).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("You cannot give kudos to yourself.");
        assertThat(dialog.message.getValue()).isEqualTo("To me, from me");
        assertThat(view.cardList()).isEmpty();

        dialog.recipients.clear();
        test(dialog.give).click();
        assertThat(dialog.error.getText()).isEqualTo("Choose at least one colleague.");
    }

    @Test
    void the_message_counter_counts_characters_as_people_see_them() {
        fixtures.signIn(fixtures.person("Counter"));
        navigate(KudosView.class);
        KudosView view = $(KudosView.class).first();
        test(view.give).click();
        test(view.lastDialog.message).setValue("🎉🎉 سلام");
        assertThat(view.lastDialog.counter.getText()).isEqualTo("7/1,000");
    }
}
