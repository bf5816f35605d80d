package app.bravo.pulse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One free-text question's comments for a group (issue 14 point 4): null count and comments where
 * the question's own disclosure plan, at the round's comment threshold, hides the group. The
 * comments are in a fixed shuffled order (their random ids), at most {@link ResultsService#COMMENTS_MAX}.
 */
public record CommentResult(long questionId, int position, String textEn, String textFa, @Nullable Long count,
                            @Nullable List<String> comments) {

    public CommentResult {
        comments = comments == null ? null : List.copyOf(comments);
    }

    public boolean hidden() {
        return count == null;
    }

    public String text(boolean persian) {
        return persian ? textFa : textEn;
    }
}
