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

    /** One person's submissions, newest first, by keyset (index ix_feedback_note_submitted_created). */
    Window<FeedbackNote> findBySubmittedByOrderByCreatedAtDescIdDesc(Long submittedBy, ScrollPosition position, Limit limit);

    /** Notes of a trial company: by external-id pattern or by who shared them. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query(
            "delete from FeedbackNote n where n.externalId like :externalIdLike or n.submittedBy in :people")
    int deleteDemo(String externalIdLike, java.util.Collection<Long> people);
}
