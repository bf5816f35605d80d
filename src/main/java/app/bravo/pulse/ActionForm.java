package app.bravo.pulse;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What an action plan says: the closed round it answers (and, if one, the question), a title and a
 * body in the author's language (kept exactly as written, DD024), its owner and due date.
 */
public record ActionForm(long roundId, @Nullable Long questionId, String title, String body, long ownerId,
                         @Nullable LocalDate dueDate) {

    public static final int TITLE_MAX = 160;
    public static final int BODY_MAX = 4000;
    public static final int NOTE_MAX = 2000;
}
