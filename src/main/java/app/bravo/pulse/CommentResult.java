package app.bravo.pulse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One free-text question's comments for a group (issue 14 point 4): null count and comments where
 * the question's own disclosure plan, at the round's comment threshold, hides the group. The
 * comments are in a fixed shuffled order (their random ids), at most {@link ResultsService#COMMENTS_MAX}.
 *
 * @param entries the comments with their random ids (HR replies to one by its id, DD022)
 */
public record CommentResult(long questionId, int position, String textEn, String textFa, @Nullable Long count,
                            @Nullable List<Comment> entries) {

    /** One comment: its random id as 32 hex digits, and its text as written. */
    public record Comment(String id, String body) {
    }

    public CommentResult {
        entries = entries == null ? null : List.copyOf(entries);
    }

    /** The comments' texts, in their shuffled order; null where hidden. */
    public @Nullable List<String> comments() {
        return entries == null ? null : entries.stream().map(Comment::body).toList();
    }

    public boolean hidden() {
        return count == null;
    }

    public String text(boolean persian) {
        return persian ? textFa : textEn;
    }
}
