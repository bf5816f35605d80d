package app.bravo.wall.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.home.HomeView;
import app.bravo.security.Role;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.NoteOfTheDay;
import app.bravo.wall.ScreenNote;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class NoteOfTheDayCardTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired FeedbackService feedback;
    @Autowired NoteOfTheDay noteOfTheDay;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private NoteOfTheDayCard.Panel card() {
        return $(NoteOfTheDayCard.Panel.class).first();
    }

    @Test
    void a_moderator_chooses_another_note_of_the_day_from_the_home_page() {
        fixtures.signInAs();
        String quote = Fixtures.unique("Chosen by hand");
        long id = feedback.submit(FeedbackForm.of(quote, Channel.CALL)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);

        navigate(HomeView.class);
        var card = card();
        assertThat(card.choose.isVisible()).isTrue();
        card.openDialog();
        assertThat(card.dialog.isOpened()).isTrue();
        card.feature(id);

        assertThat(card.dialog.isOpened()).isFalse();
        assertThat(card.quote.getText()).isEqualTo(quote);
        assertThat(noteOfTheDay.today()).map(ScreenNote::id).contains(id);
    }

    @Test
    void an_employee_sees_todays_note_but_cannot_choose_another() {
        fixtures.signInAs();
        navigate(HomeView.class);
        var card = card();
        assertThat(card.title.getText()).isEqualTo("Note of the day");
        assertThat(card.getChildren()).doesNotContain(card.choose);
    }

    @Test
    void the_byline_isolates_the_customer_and_the_company_so_an_override_in_one_cannot_reverse_the_other() {
        fixtures.signInAs();
        String quote = Fixtures.unique("Isolated byline");
        long id = feedback.submit(new FeedbackForm(quote, "Mallory \u202Eevil", "Acme Corp", Channel.CALL, null, null, null,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), null)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        noteOfTheDay.feature(id);

        navigate(HomeView.class);
        assertThat(card().by.getText()).isEqualTo("— \u2068Mallory \u202Eevil\u2069, \u2068Acme Corp\u2069");
    }
}
