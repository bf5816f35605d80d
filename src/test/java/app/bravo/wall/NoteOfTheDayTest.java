package app.bravo.wall;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditService;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@RecordApplicationEvents
class NoteOfTheDayTest {

    @Autowired NoteOfTheDay noteOfTheDay;
    @Autowired FeedbackService feedback;
    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;
    @Autowired ApplicationEvents events;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /** A day far from today that no other test (nor another run on the same database) uses. */
    private static LocalDate someDay() {
        return LocalDate.of(3000, 1, 1).plusDays(ThreadLocalRandom.current().nextLong(2_000_000));
    }

    private long submit(@Nullable Integer score, @Nullable ScoreType type) {
        fixtures.signInAs();
        return feedback.submit(new FeedbackForm(Fixtures.unique("Wonderful service"), "Kim", "Acme", Channel.EMAIL, score, type,
                null, List.of(), List.of(), List.of(), List.of(), null)).id();
    }

    private long published(@Nullable Integer score, @Nullable ScoreType type) {
        long id = submit(score, type);
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        return id;
    }

    @Test
    void the_automatic_pick_chooses_the_freshest_highest_scoring_published_note_never_featured() {
        long best = published(10, ScoreType.NPS);
        long newerButLower = published(6, ScoreType.NPS);
        long unscored = published(null, null);
        long pendingPerfect = submit(10, ScoreType.NPS);

        fixtures.signInAs(Role.MODERATOR);
        LocalDate day = someDay();
        assertThat(noteOfTheDay.pickAutomatically(day)).contains(best);
        // best is older than newerButLower and unscored: the score, not the time of day, made the pick
        assertThat(best).isLessThan(newerButLower).isLessThan(unscored);
        assertThat(noteOfTheDay.featuredOn(day)).contains(best);
        assertThat(events.stream(NoteFeatured.class)).contains(new NoteFeatured(best, day));

        // the next day's pick never takes a note featured before
        LocalDate nextDay = day.plusDays(1);
        noteOfTheDay.pickAutomatically(nextDay);
        assertThat(noteOfTheDay.featuredOn(nextDay)).isPresent().get().isNotEqualTo(best).isNotEqualTo(pendingPerfect);
    }

    @Test
    void running_the_pick_twice_on_one_day_keeps_the_first_pick() {
        published(9, ScoreType.NPS);
        fixtures.signInAs(Role.MODERATOR);
        LocalDate day = someDay();
        Long first = noteOfTheDay.pickAutomatically(day).orElseThrow();
        published(10, ScoreType.NPS);
        fixtures.signInAs(Role.MODERATOR);

        assertThat(noteOfTheDay.pickAutomatically(day)).isEmpty();
        assertThat(noteOfTheDay.featuredOn(day)).contains(first);
    }

    @Test
    void a_moderators_pick_replaces_todays_note_and_is_audited() {
        long automatic = published(10, ScoreType.NPS);
        long chosen = published(2, ScoreType.NPS);
        var moderator = fixtures.signInAs(Role.MODERATOR);
        noteOfTheDay.feature(automatic); // whatever the job picked today, this is today's note now
        assertThat(noteOfTheDay.today()).map(ScreenNote::id).contains(automatic);

        noteOfTheDay.feature(chosen);

        assertThat(noteOfTheDay.today()).map(ScreenNote::id).contains(chosen);
        assertThat(noteOfTheDay.featuredOn(noteOfTheDay.day())).contains(chosen);
        assertThat(noteOfTheDay.pickAutomatically()).isEmpty();
        assertThat(events.stream(NoteFeatured.class)).contains(new NoteFeatured(chosen, noteOfTheDay.day()));
        fixtures.signInAs(Role.ADMIN);
        var entry = audit.find(AuditAction.NOTE_FEATURED, String.valueOf(chosen), PageRequest.of(0, 20)).getContent().stream()
                .filter(e -> String.valueOf(chosen).equals(e.getTargetId())).findFirst().orElseThrow();
        assertThat(entry.getActor()).isEqualTo(moderator.email());
    }

    @Test
    void only_a_published_note_can_be_featured() {
        long pending = submit(10, ScoreType.NPS);
        fixtures.signInAs(Role.MODERATOR);
        assertThatThrownBy(() -> noteOfTheDay.feature(pending)).isInstanceOf(UserError.class)
                .hasMessage("kiosk.featured.error.not-published");
        long archived = published(10, ScoreType.NPS);
        feedback.archive(archived);
        assertThatThrownBy(() -> noteOfTheDay.feature(archived)).isInstanceOf(UserError.class)
                .hasMessage("kiosk.featured.error.not-published");
    }

    @Test
    void an_employee_cannot_feature_a_note_but_reads_todays_note() {
        long id = published(10, ScoreType.NPS);
        fixtures.signInAs();
        assertThatThrownBy(() -> noteOfTheDay.feature(id)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> noteOfTheDay.pickAutomatically(someDay())).isInstanceOf(AuthorizationDeniedException.class);
        fixtures.signInAs(Role.MODERATOR);
        noteOfTheDay.feature(id);
        fixtures.signInAs();
        assertThat(noteOfTheDay.today()).map(ScreenNote::id).contains(id);
    }
}
