package app.bravo.wall.internal;

import app.bravo.wall.FeedbackNote;
import app.bravo.wall.FeedbackStatus;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FeedbackNoteRepository extends JpaRepository<FeedbackNote, Long> {

    Optional<FeedbackNote> findByExternalId(String externalId);

    /** The moderation queue: newest first (index ix_feedback_note_status_created). */
    Slice<FeedbackNote> findByStatusOrderByCreatedAtDescIdDesc(FeedbackStatus status, Pageable page);

    /** The wall: most recently published first (index ix_feedback_note_status_published). */
    Slice<FeedbackNote> findByStatusOrderByPublishedAtDescIdDesc(FeedbackStatus status, Pageable page);

    /** Notes of a trial company: by external-id pattern or by who shared them. */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @org.springframework.data.jpa.repository.Query(
            "delete from FeedbackNote n where n.externalId like :externalIdLike or n.submittedBy in :people")
    int deleteDemo(String externalIdLike, java.util.Collection<Long> people);
}
