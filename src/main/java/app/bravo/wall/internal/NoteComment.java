package app.bravo.wall.internal;

import app.bravo.shared.AbstractEntity;
import app.bravo.shared.UserError;
import app.bravo.wall.FeedbackRules;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reader's comment on a published note. Stored as typed; a moderator hides it, nobody deletes it. */
@Entity
@Table(name = "note_comment")
public class NoteComment extends AbstractEntity {

    public static final int BODY_MAX = 1000;

    @Column(name = "note_id", nullable = false, updatable = false)
    private long noteId;

    @Column(name = "author_id", updatable = false)
    private @Nullable Long authorId;

    @Column(nullable = false, length = BODY_MAX, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_by")
    private @Nullable Long hiddenBy;

    @Column(name = "hidden_at")
    private @Nullable Instant hiddenAt;

    protected NoteComment() {
    }

    public NoteComment(long noteId, long authorId, String body, Instant createdAt) {
        FeedbackRules.text("comment", body, true, BODY_MAX, true).ifPresent(p -> {
            throw new UserError(p.key(), p.args());
        });
        this.noteId = noteId;
        this.authorId = authorId;
        this.body = FeedbackRules.normaliseMultiline(body);
        this.createdAt = createdAt;
    }

    /** Hides the comment from employees; hiding twice keeps the first moderator and time. */
    public boolean hide(long moderator, Instant now) {
        if (hidden) {
            return false;
        }
        hidden = true;
        hiddenBy = moderator;
        hiddenAt = now;
        return true;
    }

    public long getNoteId() {
        return noteId;
    }

    public @Nullable Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isHidden() {
        return hidden;
    }

    public @Nullable Long getHiddenBy() {
        return hiddenBy;
    }

    public @Nullable Instant getHiddenAt() {
        return hiddenAt;
    }
}
