package app.bravo.wall.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.security.Role;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MySubmissionsViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired FeedbackService feedback;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void the_person_who_shared_a_note_sees_its_fate_and_the_reason_of_a_rejection() {
        String tag = Fixtures.unique("v");
        var me = fixtures.person("Sharer " + tag);
        fixtures.signIn(me);
        long waiting = feedback.submit(FeedbackForm.of("Still waiting " + tag, Channel.CHAT)).id();
        long rejected = feedback.submit(FeedbackForm.of("Refused " + tag, Channel.CHAT)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.reject(rejected, "Not about us");
        fixtures.signIn(me);

        MySubmissionsView view = navigate(MySubmissionsView.class);
        assertThat(view.cards.keySet()).containsExactly(rejected, waiting);
        assertThat(view.empty.isVisible()).isFalse();
        String refused = view.card(rejected).orElseThrow().getElement().getTextRecursively();
        assertThat(refused).contains("Not published").contains("Refused " + tag).contains("Not about us");
        assertThat(view.card(waiting).orElseThrow().getElement().getTextRecursively())
                .contains("Waiting for moderation").contains("A moderator has not looked at it yet.");
        assertThat(view.more.isVisible()).isFalse();
    }

    @Test
    void someone_who_shared_nothing_is_told_so_in_persian_too() {
        fixtures.signIn(fixtures.person("Quiet " + Fixtures.unique("q")));
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        MySubmissionsView view = navigate(MySubmissionsView.class);
        assertThat(view.cards).isEmpty();
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("هنوز بازخورد مشتری‌ای ثبت نکرده‌اید.");
    }

    @Test
    void the_wall_links_to_my_submissions() {
        fixtures.signInAs(Role.EMPLOYEE);
        WallView wall = navigate(WallView.class);
        assertThat(wall.mine.getHref()).isEqualTo("wall/mine");
        assertThat(wall.mine.getText()).isEqualTo("My submissions");
    }
}
