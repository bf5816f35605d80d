package app.bravo.recognition;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A small win as the giver writes it: 1 to {@value KudosService#RECIPIENTS_MAX} colleagues, the message,
 * the company values it shows, the points each recipient gets (0: recognition without points) and
 * where they come from, whether only the giver, the recipients and their managers see it, and the
 * customer's words when it thanks people for a wall note.
 */
public record KudosForm(List<Long> recipientIds, String message, Set<Long> valueIds, int pointsEach, PointSource source,
                        boolean privateKudos, @Nullable String quote) {

    public KudosForm {
        recipientIds = List.copyOf(recipientIds);
        valueIds = Set.copyOf(valueIds);
    }

    /** A public kudos with points from the giver's allowance and no quote. */
    public static KudosForm of(List<Long> recipientIds, String message, Set<Long> valueIds, int pointsEach) {
        return new KudosForm(recipientIds, message, valueIds, pointsEach, PointSource.ALLOWANCE, false, null);
    }
}
