package app.bravo.pulse;

import org.jspecify.annotations.Nullable;

/** Which actions a list shows: any of these left null does not filter. */
public record ActionFilter(@Nullable ActionStatus status, @Nullable Long roundId, @Nullable Long surveyId) {

    public static final ActionFilter ALL = new ActionFilter(null, null, null);
}
