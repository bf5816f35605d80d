package app.bravo.demo;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.admin.ApiTokenService;
import app.bravo.people.PeopleService;
import app.bravo.security.Role;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.NoteView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoWallTest {

    @Autowired PeopleService people;
    @Autowired FeedbackService feedback;
    @Autowired ApiTokenService tokens;
    @Autowired app.bravo.wall.WallRemovalService removal;
    @Autowired Fixtures fixtures;
    @Autowired java.time.Clock clock;
    @Autowired app.bravo.recognition.RecognitionDemo recognition;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void the_demo_wall_is_published_with_persian_notes_and_a_second_run_adds_nothing() {
        DemoMode.asSystem();
        new DemoData(people, clock, recognition).seed();
        fixtures.signInAs(Role.ADMIN);
        long integration = tokens.create(Fixtures.unique("demo wall")).integrationId();
        var wall = new DemoWall(tokens, feedback, removal, people, clock);
        wall.seedNotes(integration);
        assertThat(wall.seedNotes(integration)).isZero();

        fixtures.signInAs();
        var published = feedback.published(null, 100).items();
        for (DemoWall.Note n : DemoWall.NOTES) {
            assertThat(published).extracting(NoteView::quote).contains(n.quote());
        }
        NoteView persian = published.stream().filter(p -> p.quote().startsWith("پشتیبانی شما")).findFirst().orElseThrow();
        assertThat(persian.customerName()).isEqualTo("رضا کریمی");
        assertThat(persian.creditedDepartments()).extracting(c -> c.name()).containsExactly("Customer Support");
        NoteView credited = published.stream().filter(p -> p.quote().startsWith("Sara walked")).findFirst().orElseThrow();
        assertThat(credited.creditedPeople()).extracting(c -> c.name()).containsExactly("Sara Ahmadi");
    }

    @Test
    void the_fixed_demo_token_is_refused_outside_demo_mode() {
        fixtures.signInAs(Role.ADMIN);
        var wall = new DemoWall(tokens, feedback, removal, people, clock);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wall.seed())
                .isInstanceOf(IllegalStateException.class);
    }
}
