package app.bravo.wall;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.security.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class MySubmissionsTest {

    @Autowired FeedbackService feedback;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void a_person_sees_only_their_own_notes_newest_first_with_what_became_of_each_a_keyset_page_at_a_time() {
        String tag = Fixtures.unique("m");
        var someone = fixtures.person("Sharing Person");
        var other = fixtures.person("Other Person");
        fixtures.signIn(someone);
        long waiting = feedback.submit(FeedbackForm.of("Waiting " + tag, Channel.EMAIL)).id();
        long published = feedback.submit(FeedbackForm.of("Published " + tag, Channel.EMAIL)).id();
        long rejected = feedback.submit(FeedbackForm.of("Rejected " + tag, Channel.EMAIL)).id();
        long archived = feedback.submit(FeedbackForm.of("Archived " + tag, Channel.EMAIL)).id();
        fixtures.signIn(other);
        long notMine = feedback.submit(FeedbackForm.of("Not mine " + tag, Channel.EMAIL)).id();

        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(published, null);
        feedback.reject(rejected, "Meant for another company");
        feedback.archive(archived);

        fixtures.signIn(someone);
        var first = feedback.mySubmissions(ScrollPosition.keyset(), 3);
        assertThat(first.getContent()).extracting(Submission::id).containsExactly(archived, rejected, published);
        assertThat(first.hasNext()).isTrue();
        var second = feedback.mySubmissions(first.positionAt(first.size() - 1), 3);
        assertThat(second.getContent()).extracting(Submission::id).containsExactly(waiting);
        assertThat(second.hasNext()).isFalse();

        List<Submission> all = new java.util.ArrayList<>(first.getContent());
        all.addAll(second.getContent());
        assertThat(all).extracting(Submission::status).containsExactly(
                FeedbackStatus.ARCHIVED, FeedbackStatus.REJECTED, FeedbackStatus.PUBLISHED, FeedbackStatus.PENDING);
        assertThat(all.get(1).rejectReason()).isEqualTo("Meant for another company");
        assertThat(all.get(3).decidedAt()).isNull();
        assertThat(all.get(2).decidedAt()).isNotNull();
        assertThat(all).extracting(Submission::id).doesNotContain(notMine);
    }

    @Test
    void a_person_without_a_sign_in_gets_no_submissions() {
        assertThatThrownBy(() -> feedback.mySubmissions(ScrollPosition.keyset(), 10))
                .isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }
}
