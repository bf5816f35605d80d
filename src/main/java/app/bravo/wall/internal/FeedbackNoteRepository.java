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
}
