package app.bravo.wall.internal;

import app.bravo.wall.FeedbackNote;
import app.bravo.wall.FeedbackStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedbackNoteRepository extends JpaRepository<FeedbackNote, Long> {

    /** A note from the form or a CSV import (no integration) by its external id. */
    Optional<FeedbackNote> findByExternalIdAndApiIntegrationIdIsNull(String externalId);

    /** An integration's note by the external id it gave (index uk_feedback_note_external_id). */
    Optional<FeedbackNote> findByApiIntegrationIdAndExternalId(long apiIntegrationId, String externalId);

    Optional<FeedbackNote> findByIdAndApiIntegrationId(long id, long apiIntegrationId);

    /** The moderation queue: newest first (index ix_feedback_note_status_created). */
    Slice<FeedbackNote> findByStatusOrderByCreatedAtDescIdDesc(FeedbackStatus status, Pageable page);

    /** The wall: most recently published first (index ix_feedback_note_status_published). */
    Slice<FeedbackNote> findByStatusOrderByPublishedAtDescIdDesc(FeedbackStatus status, Pageable page);

    /** The first published notes, by keyset: (published time, id) descending. */
    List<FeedbackNote> findByStatusOrderByPublishedAtDescIdDesc(FeedbackStatus status, Limit limit);

    /**
     * The published notes after a keyset position (published time, id), descending: a seek on
     * ix_feedback_note_status_published (whose entries end with the id), never an OFFSET scan.
     */
    @Query("""
            select n from FeedbackNote n
            where n.status = :status and (n.publishedAt < :publishedAt or (n.publishedAt = :publishedAt and n.id < :id))
            order by n.publishedAt desc, n.id desc""")
    List<FeedbackNote> findPublishedAfter(FeedbackStatus status, Instant publishedAt, long id, Limit limit);

    /** One person's submissions, newest first, by keyset (index ix_feedback_note_submitted_created). */
    Window<FeedbackNote> findBySubmittedByOrderByCreatedAtDescIdDesc(Long submittedBy, ScrollPosition position, Limit limit);
}
