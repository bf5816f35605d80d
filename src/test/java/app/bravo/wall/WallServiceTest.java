package app.bravo.wall;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditService;
import app.bravo.people.Department;
import app.bravo.people.Person;
import app.bravo.security.BravoUser;
import app.bravo.security.Role;
import app.bravo.shared.KeysetPage;
import app.bravo.shared.KeysetToken;
import app.bravo.shared.UserError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class WallServiceTest {

    @Autowired WallService wall;
    @Autowired FeedbackService feedback;
    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired TestClock clock;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /** A word no other note holds, letters and digits only, so that the full-text index sees one word. */
    static String marker() {
        return Fixtures.unique("mk").replaceAll("[^A-Za-z0-9]", "");
    }

    static FeedbackForm form(String quote, Channel channel, LocalDate received, List<Long> people, List<Long> departments, List<String> tags) {
        return new FeedbackForm(quote, "Dana Customer", "Acme", channel, 9, ScoreType.NPS, received, people, List.of(),
                departments, tags, null);
    }

    /** Submits as an employee and approves as a moderator; the caller signs in again afterwards. */
    long publish(FeedbackForm form) {
        fixtures.signInAs();
        long id = feedback.submit(form).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        return id;
    }

    long pending(FeedbackForm form) {
        fixtures.signInAs();
        return feedback.submit(form).id();
    }

    List<Long> ids(WallFilter filter) {
        return wall.page(filter, null, 100).items().stream().map(WallNote::id).toList();
    }

    @Test
    void each_filter_narrows_the_wall_to_the_notes_it_names() {
        String m = marker();
        Person credited = fixtures.person(Fixtures.unique("Credited"));
        Department dept = fixtures.department("Support");
        String tag = Fixtures.unique("tag").replaceAll("[^a-z0-9-]", "");
        long a = publish(form("Superb onboarding " + m, Channel.SOCIAL, LocalDate.of(2024, 3, 1),
                List.of(credited.getId()), List.of(dept.getId()), List.of(tag)));
        long b = publish(form("Quick answer " + m, Channel.EMAIL, LocalDate.of(2025, 6, 1), List.of(), List.of(), List.of()));
        fixtures.signInAs();

        assertThat(ids(WallFilter.text(m))).containsExactly(b, a);
        assertThat(ids(new WallFilter(m, dept.getId(), null, null, null, null, null))).containsExactly(a);
        assertThat(ids(new WallFilter(m, null, credited.getId(), null, null, null, null))).containsExactly(a);
        assertThat(ids(new WallFilter(m, null, null, Channel.EMAIL, null, null, null))).containsExactly(b);
        assertThat(ids(new WallFilter(m, null, null, null, "#" + tag.toUpperCase(), null, null))).containsExactly(a);
        assertThat(ids(new WallFilter(m, null, null, null, null, LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)))).containsExactly(a);
        assertThat(ids(new WallFilter(m, null, null, null, null, LocalDate.of(2025, 1, 1), null))).containsExactly(b);
        assertThat(ids(new WallFilter(null, dept.getId(), credited.getId(), Channel.SOCIAL, tag, null, null))).containsExactly(a);
    }

    @Test
    void the_wall_is_newest_first_and_pages_by_cursor_without_a_limit() {
        String m = marker();
        long first = publish(form("One " + m, Channel.CHAT, null, List.of(), List.of(), List.of()));
        long second = publish(form("Two " + m, Channel.CHAT, null, List.of(), List.of(), List.of()));
        long third = publish(form("Three " + m, Channel.CHAT, null, List.of(), List.of(), List.of()));
        fixtures.signInAs();

        var page0 = wall.page(WallFilter.text(m), null, 2);
        assertThat(page0.items()).extracting(WallNote::id).containsExactly(third, second);
        assertThat(page0.hasNext()).isTrue();

        // a note published between two pages neither repeats a note nor hides one (an offset would)
        publish(form("Four " + m, Channel.CHAT, null, List.of(), List.of(), List.of()));
        fixtures.signInAs();
        var page1 = wall.page(WallFilter.text(m), WallCursor.parse(page0.next().token()).orElseThrow(), 2);
        assertThat(page1.items()).extracting(WallNote::id).containsExactly(first);
        assertThat(page1.hasNext()).isFalse();
    }

    @Test
    void the_popular_tags_are_kept_until_a_note_is_published_edited_or_archived() {
        String tag = "0" + marker().toLowerCase();
        long a = publish(form("Tagged " + marker(), Channel.CHAT, null, List.of(), List.of(), List.of(tag)));
        publish(form("Tagged " + marker(), Channel.CHAT, null, List.of(), List.of(), List.of(tag)));
        publish(form("Tagged " + marker(), Channel.CHAT, null, List.of(), List.of(), List.of(tag)));
        fixtures.signInAs();
        assertThat(wall.popularTags(200)).contains(tag);

        // behind the service's back: the kept list does not read the tags again on each open of the wall
        jdbc.sql("DELETE FROM feedback_tag WHERE tag = :tag AND note_id <> :a").param("tag", tag).param("a", a).update();
        assertThat(wall.popularTags(200)).contains(tag);

        fixtures.signInAs(Role.MODERATOR);
        feedback.archive(a);
        fixtures.signInAs();
        assertThat(wall.popularTags(200)).doesNotContain(tag);
    }

    @Test
    void full_text_search_finds_words_of_the_quote_customer_and_company_also_short_and_persian_ones() {
        String m = marker();
        long persian = publish(form("خدمات پشتیبانی عالی بود 👍🏽 " + m + " ok", Channel.CALL, null, List.of(), List.of(), List.of()));
        long other = publish(form("Nothing special " + m, Channel.CALL, null, List.of(), List.of(), List.of()));
        fixtures.signInAs();

        assertThat(ids(WallFilter.text(m))).containsExactlyInAnyOrder(persian, other);
        assertThat(ids(WallFilter.text(m + " ok"))).containsExactly(persian);
        assertThat(ids(WallFilter.text("پشتیبانی " + m))).containsExactly(persian);
        assertThat(ids(WallFilter.text(m + " special"))).containsExactly(other);
        assertThat(ids(WallFilter.text(m + " acme"))).containsExactlyInAnyOrder(persian, other);
        assertThat(ids(WallFilter.text(m + " \"+-*()~<>@"))).containsExactlyInAnyOrder(persian, other);
        assertThat(wall.find(persian, WallFilter.NONE).orElseThrow().note().quote())
                .isEqualTo("خدمات پشتیبانی عالی بود 👍🏽 " + m + " ok");
    }

    @Test
    void nothing_unpublished_ever_shows_nor_takes_reactions_or_comments() {
        String m = marker();
        long waiting = pending(form("Waiting " + m, Channel.CHAT, null, List.of(), List.of(), List.of()));
        long rejected = pending(form("Rejected " + m, Channel.CHAT, null, List.of(), List.of(), List.of()));
        fixtures.signInAs(Role.MODERATOR);
        feedback.reject(rejected, "not about us");
        fixtures.signInAs();

        assertThat(ids(WallFilter.text(m))).isEmpty();
        assertThat(wall.find(waiting, WallFilter.NONE)).isEmpty();
        assertThatThrownBy(() -> wall.toggle(waiting, Reaction.LOVE)).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> wall.comment(waiting, "hello")).isInstanceOf(UserError.class);
        assertThatThrownBy(() -> wall.comments(rejected, null)).isInstanceOf(UserError.class);
    }

    @Test
    void a_long_thread_reads_a_page_at_a_time_just_after_its_cursor() {
        long id = publish(form("Threaded " + marker(), Channel.CHAT, null, List.of(), List.of(), List.of()));
        fixtures.signInAs();
        clock.set(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusNanos(123_456_000));
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < WallService.COMMENTS_PAGE + 2; i++) {
            if (i % 3 == 0) {
                clock.advance(Duration.ofSeconds(1)); // three comments a second: the page ends inside a tie
            }
            written.add(wall.comment(id, "Comment " + i + " 👍").id());
        }

        KeysetPage<CommentView> first = wall.comments(id, null);
        assertThat(first.items()).extracting(CommentView::id).containsExactlyElementsOf(written.subList(0, WallService.COMMENTS_PAGE));
        assertThat(first.next()).isEqualTo(new KeysetToken(first.items().getLast().createdAt(), written.get(WallService.COMMENTS_PAGE - 1)));
        KeysetPage<CommentView> second = wall.comments(id, first.next());
        assertThat(second.items()).extracting(CommentView::id)
                .containsExactlyElementsOf(written.subList(WallService.COMMENTS_PAGE, WallService.COMMENTS_PAGE + 2));
        assertThat(second.next()).isNull();
    }

    @Test
    void reactions_count_once_per_person_and_kind_and_toggle_off() {
        long id = publish(form("Lovely " + marker(), Channel.CHAT, null, List.of(), List.of(), List.of()));
        fixtures.signInAs();
        assertThat(wall.toggle(id, Reaction.LOVE).count(Reaction.LOVE)).isEqualTo(1);
        Reactions off = wall.toggle(id, Reaction.LOVE);
        assertThat(off.count(Reaction.LOVE)).isZero();
        assertThat(off.gave(Reaction.LOVE)).isFalse();
        wall.toggle(id, Reaction.LOVE);

        fixtures.signInAs();
        wall.toggle(id, Reaction.LOVE);
        Reactions r = wall.toggle(id, Reaction.CLAP);
        assertThat(r.count(Reaction.LOVE)).isEqualTo(2);
        assertThat(r.count(Reaction.CLAP)).isEqualTo(1);
        assertThat(r.mine()).containsExactlyInAnyOrder(Reaction.LOVE, Reaction.CLAP);

        fixtures.signInAs();
        WallNote seen = wall.find(id, WallFilter.NONE).orElseThrow();
        assertThat(seen.reactions().count(Reaction.LOVE)).isEqualTo(2);
        assertThat(seen.reactions().mine()).isEmpty();
    }

    @Test
    void comments_are_stored_as_typed_and_hidden_ones_reach_moderators_only() {
        long id = publish(form("Commented " + marker(), Channel.CHAT, null, List.of(), List.of(), List.of()));
        BravoUser author = fixtures.signInAs();
        String typed = "<script>alert(1)</script> well done 🎉 آفرین";
        CommentView kept = wall.comment(id, typed);
        CommentView abusive = wall.comment(id, "rude words");
        assertThat(kept.body()).isEqualTo(typed);
        assertThat(kept.author()).isEqualTo(new Credit(author.personId(), author.displayName()));
        assertThatThrownBy(() -> wall.comment(id, "   ")).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).key()).isEqualTo("wall.error.required");
        assertThatThrownBy(() -> wall.comment(id, "bell\u0007")).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).key()).isEqualTo("wall.error.control-characters");
        assertThatThrownBy(() -> wall.comment(id, "x".repeat(WallService.COMMENT_MAX + 1))).isInstanceOf(UserError.class);
        CommentView emoji = wall.comment(id, "😀".repeat(WallService.COMMENT_MAX));
        assertThat(emoji.body()).hasSize(2 * WallService.COMMENT_MAX);
        assertThatThrownBy(() -> wall.hideComment(abusive.id())).isInstanceOf(AuthorizationDeniedException.class);

        fixtures.signInAs(Role.MODERATOR);
        wall.hideComment(abusive.id());
        assertThat(wall.comments(id, null).items())
                .filteredOn(c -> c.id() == abusive.id()).singleElement().extracting(CommentView::hidden).isEqualTo(true);

        fixtures.signInAs();
        assertThat(wall.comments(id, null).items()).extracting(CommentView::id)
                .containsExactly(kept.id(), emoji.id());
        assertThat(wall.find(id, WallFilter.NONE).orElseThrow().comments()).isEqualTo(2);

        fixtures.signInAs(Role.ADMIN);
        assertThat(audit.find(AuditAction.NOTE_COMMENT_HIDDEN, String.valueOf(abusive.id()), PageRequest.of(0, 10)).getContent())
                .anySatisfy(e -> assertThat(e.getTargetId()).isEqualTo(String.valueOf(abusive.id())));
    }

    @Test
    void praise_lists_the_published_notes_that_credit_a_person() {
        Person star = fixtures.person(Fixtures.unique("Star"));
        long praised = publish(form("Thanks to her " + marker(), Channel.REVIEW, null, List.of(star.getId()), List.of(), List.of()));
        pending(form("Not yet " + marker(), Channel.REVIEW, null, List.of(star.getId()), List.of(), List.of()));
        publish(form("Someone else " + marker(), Channel.REVIEW, null, List.of(), List.of(), List.of()));
        fixtures.signInAs();

        var praise = wall.praise(star.getId(), 10).items();
        assertThat(praise).extracting(WallNote::id).containsExactly(praised);
        assertThat(praise.getFirst().note().creditedPeople()).containsExactly(new Credit(star.getId(), star.getDisplayName()));
    }
}
