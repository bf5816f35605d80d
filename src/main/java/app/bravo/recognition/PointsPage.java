package app.bravo.recognition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of a person's points history, newest first; {@code next} is the {@code beforeId} of the next page, null at the end. */
public record PointsPage(List<PointMovement> movements, @Nullable Long next) {
}
