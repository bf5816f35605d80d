package app.bravo.wall;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A comment on a wall note. {@code author} is {@code null} when the author's account was erased;
 * {@code hidden} comments reach moderators only, who see them marked.
 */
public record CommentView(long id, long noteId, @Nullable Credit author, String body, Instant createdAt, boolean hidden) {
}
