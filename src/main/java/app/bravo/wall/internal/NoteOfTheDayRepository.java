package app.bravo.wall.internal;

import app.bravo.wall.FeedbackNote;
import app.bravo.wall.FeedbackStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The note of the day and the notes office screens rotate through. */
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

    /** Published notes, most recently published first (index ix_feedback_note_status_published). */
    Slice<FeedbackNote> findByStatusOrderByPublishedAtDescIdDesc(FeedbackStatus status, Pageable page);

    /** Published notes that credit one of these departments, most recently published first. */
    @Query("""
            select n from FeedbackNote n
            where n.status = app.bravo.wall.FeedbackStatus.PUBLISHED
              and exists (select 1 from FeedbackNote m join m.creditedDepartments d where m = n and d in :departments)
            order by n.publishedAt desc, n.id desc""")
    Slice<FeedbackNote> findPublishedCrediting(Collection<Long> departments, Pageable page);
}
