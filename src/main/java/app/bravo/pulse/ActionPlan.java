package app.bravo.pulse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A published "you said, we did" action as everyone reads it: the round (survey names and close
 * day) and question it answers, its text, owner, due date, status and progress timeline (oldest
 * first). {@code version} is what an edit or a status change must name (optimistic locking);
 * {@code editable} says whether the signed-in person may change it.
 */
public record ActionPlan(long id, ClosedRound round, @Nullable Long questionId, @Nullable String questionEn,
                         @Nullable String questionFa, String title, String body, long ownerId, String ownerName,
                         @Nullable LocalDate dueDate, ActionStatus status, long createdBy, Instant createdAt,
                         Instant updatedAt, int version, List<ActionProgress> progress, boolean editable) {

    public ActionPlan {
        progress = List.copyOf(progress);
    }

    public @Nullable String question(boolean persian) {
        return persian ? questionFa : questionEn;
    }

    /** The form that would save this action unchanged. */
    public ActionForm form() {
        return new ActionForm(round.roundId(), questionId, title, body, ownerId, dueDate);
    }

    ActionPlan editable(boolean can) {
        return new ActionPlan(id, round, questionId, questionEn, questionFa, title, body, ownerId, ownerName, dueDate, status,
                createdBy, createdAt, updatedAt, version, progress, can);
    }
}
