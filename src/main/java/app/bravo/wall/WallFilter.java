package app.bravo.wall;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the wall to; every part is optional and they add up. {@code text} is searched
 * in the quote, the customer's name and the company; the period ({@code from}, {@code to}, both
 * inclusive) is about the day the customer's words were received.
 */
public record WallFilter(@Nullable String text, @Nullable Long departmentId, @Nullable Long personId,
                         @Nullable Channel channel, @Nullable String tag, @Nullable LocalDate from, @Nullable LocalDate to) {

    public static final WallFilter NONE = new WallFilter(null, null, null, null, null, null, null);

    public WallFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        tag = tag == null || FeedbackRules.normaliseTag(tag).isEmpty() ? null : FeedbackRules.normaliseTag(tag);
    }

    public static WallFilter text(String text) {
        return new WallFilter(text, null, null, null, null, null, null);
    }

    public static WallFilter person(long personId) {
        return new WallFilter(null, null, personId, null, null, null, null);
    }
}
