package app.bravo.wall.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.KioskTokenService;
import app.bravo.security.Role;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackApproved;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.NoteOfTheDay;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class KioskViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired KioskTokenService kiosks;
    @Autowired FeedbackService feedback;
    @Autowired NoteOfTheDay noteOfTheDay;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private long publish(String quote, List<Long> departments) {
        fixtures.signInAs();
        long id = feedback.submit(new FeedbackForm(quote, "Ana", "Harbor Health", Channel.EMAIL, 10, app.bravo.wall.ScoreType.NPS,
                null, List.of(), List.of(), departments, List.of(), null)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        return id;
    }

    private String screen(int rotation, List<Long> departments) {
        fixtures.signInAs(Role.ADMIN);
        String secret = kiosks.create(Fixtures.unique("Screen"), rotation, departments).secret();
        Fixtures.signOut();
        return secret;
    }

    @Test
    void the_screen_shows_the_note_of_the_day_first_without_a_sign_in() {
        String quote = Fixtures.unique("The best support team we have ever worked with");
        long id = publish(quote, List.of());
        noteOfTheDay.feature(id);
        String secret = screen(15, List.of());

        KioskView view = navigate("kiosk/" + secret, KioskView.class);

        assertThat(view.connected()).isTrue();
        assertThat(view.quote.getText()).isEqualTo(quote);
        assertThat(view.featuredLabel.isVisible()).isTrue();
        assertThat(view.by.getText()).contains("Ana", "Harbor Health");
        assertThat(view.off.isVisible()).isFalse();
    }

    @Test
    void an_unknown_token_shows_only_the_not_connected_message() {
        publish(Fixtures.unique("Something public"), List.of());
        Fixtures.signOut();

        KioskView view = navigate("kiosk/" + Fixtures.unique("nonsense"), KioskView.class);

        assertThat(view.connected()).isFalse();
        assertThat(view.off.isVisible()).isTrue();
        assertThat(view.notConnected.getText()).isEqualTo("This screen is not connected");
        assertThat(view.stage.isVisible()).isFalse();
        assertThat(view.today.isVisible()).isFalse();
    }

    @Test
    void a_revoked_screen_goes_dark_at_its_next_check() {
        publish(Fixtures.unique("Thanks"), List.of());
        fixtures.signInAs(Role.ADMIN);
        var made = kiosks.create(Fixtures.unique("Revoked soon"), 5, List.of());
        Fixtures.signOut();
        KioskView view = navigate("kiosk/" + made.secret(), KioskView.class);
        assertThat(view.connected()).isTrue();

        fixtures.signInAs(Role.ADMIN);
        kiosks.revoke(made.id());
        Fixtures.signOut();
        view.tick(Instant.now().plus(KioskView.RECHECK));

        assertThat(view.connected()).isFalse();
        assertThat(view.off.isVisible()).isTrue();
        assertThat(view.stage.isVisible()).isFalse();
    }

    @Test
    void a_newly_approved_note_of_the_screens_department_reaches_the_screen_at_once() {
        fixtures.signInAs(Role.ADMIN);
        var dept = fixtures.department("Support");
        var other = fixtures.department("Elsewhere");
        String secret = screen(60, List.of(dept.getId()));
        publish(Fixtures.unique("Earlier praise"), List.of(dept.getId()));
        Fixtures.signOut();
        KioskView view = navigate("kiosk/" + secret, KioskView.class);

        String elsewhere = Fixtures.unique("Not for this screen");
        long otherId = publish(elsewhere, List.of(other.getId()));
        view.approved(new FeedbackApproved(otherId, Set.of(), Set.of(other.getId()), Instant.now()));
        assertThat(view.quote.getText()).isNotEqualTo(elsewhere);

        String fresh = Fixtures.unique("Brand new praise");
        long id = publish(fresh, List.of(dept.getId()));
        Fixtures.signOut();
        view.approved(new FeedbackApproved(id, Set.of(), Set.of(dept.getId()), Instant.now()));

        assertThat(view.quote.getText()).isEqualTo(fresh);
    }

    @Test
    void the_screen_rotates_to_the_next_note_after_its_seconds() {
        String first = Fixtures.unique("First");
        String second = Fixtures.unique("Second");
        fixtures.signInAs(Role.ADMIN);
        var dept = fixtures.department("Rotation");
        long firstId = publish(first, List.of(dept.getId()));
        publish(second, List.of(dept.getId()));
        // today's note is this test's own, so the round is known: the note of the day, then the screen's other note
        noteOfTheDay.feature(firstId);
        String secret = screen(5, List.of(dept.getId()));
        KioskView view = navigate("kiosk/" + secret, KioskView.class);
        assertThat(view.quote.getText()).isEqualTo(first);

        view.tick(Instant.now().plusSeconds(6));
        assertThat(view.quote.getText()).isEqualTo(second);
        view.tick(Instant.now().plusSeconds(12));
        assertThat(view.quote.getText()).isEqualTo(first);
    }
}
