package app.bravo.wall;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditService;
import app.bravo.security.Roles;
import app.bravo.wall.internal.CommentRepository;
import app.bravo.wall.internal.FeedbackNoteRepository;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removing the wall's part of a trial company before going live (README, "Demo mode"): the notes it
 * seeded, the notes its people shared and the comments they wrote. Their reactions and credits go
 * with the people themselves.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class WallRemovalService {

    private final FeedbackNoteRepository notes;
    private final CommentRepository comments;
    private final AuditService audit;

    WallRemovalService(FeedbackNoteRepository notes, CommentRepository comments, AuditService audit) {
        this.notes = notes;
        this.comments = comments;
        this.audit = audit;
    }

    /** Removes the notes whose external id starts with the prefix or that these people shared, and their comments; returns how many notes. */
    @Transactional
    public int removeNotes(String externalIdPrefix, Collection<Long> people) {
        Collection<Long> ids = people.isEmpty() ? List.of(-1L) : people;
        int removedComments = comments.deleteByAuthorIdIn(ids);
        String like = externalIdPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        int removed = notes.deleteDemo(like, ids);
        audit.record(AuditAction.DEMO_REMOVED, "feedback", null, removed + " notes, " + removedComments + " comments");
        return removed;
    }
}
