package app.bravo.wall.internal;

import app.bravo.wall.FeedbackNote;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The note of the day: the pick and the day it is featured on (reading goes through WallQueries). */
public interface NoteOfTheDayRepository extends Repository<FeedbackNote, Long> {

    Optional<FeedbackNote> findById(Long id);

    /** The note of a day (unique index uk_feedback_note_featured_on). */
    Optional<FeedbackNote> findByFeaturedOn(LocalDate day);

    /**
     * The automatic pick: among published notes never featured, those published on the most recent
     * day first, then the highest score (NPS and CSAT brought to one scale; unscored last), then the
     * most recently published.
     */
    @Query(value = """
            SELECT id FROM feedback_note
            WHERE status = 'PUBLISHED' AND featured_on IS NULL AND published_at IS NOT NULL
            ORDER BY DATE(published_at) DESC,
                     CASE score_type WHEN 'NPS' THEN score / 10 WHEN 'CSAT' THEN (score - 1) / 4 ELSE -1 END DESC,
                     published_at DESC, id DESC
            LIMIT 1""", nativeQuery = true)
    Optional<Long> findCandidate();

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update FeedbackNote n set n.featuredOn = null where n.featuredOn = :day")
    int unfeature(LocalDate day);

    /** Features a published note that is not featured on another day; 0 when it does not qualify. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update FeedbackNote n set n.featuredOn = :day
            where n.id = :id and n.status = app.bravo.wall.FeedbackStatus.PUBLISHED
              and (n.featuredOn is null or n.featuredOn = :day)""")
    int feature(long id, LocalDate day);
}
