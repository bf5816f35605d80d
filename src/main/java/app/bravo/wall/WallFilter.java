package app.bravo.wall;

import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a reader narrows the wall to; every part is optional and they add up. {@code text} is searched
 * by words in the quote, the customer's name, the company, the tags and the names of the credited
 * people and departments; the period ({@code from}, {@code to}, both inclusive) is about the day the
 * customer's words were received. {@code anyOfDepartments} keeps notes crediting at least one of them
 * (an office screen's departments).
 */
public record WallFilter(@Nullable String text, @Nullable Long departmentId, @Nullable Long personId,
                         @Nullable Channel channel, @Nullable String tag, @Nullable LocalDate from, @Nullable LocalDate to,
                         Set<Long> anyOfDepartments) {

    public static final WallFilter NONE = new WallFilter(null, null, null, null, null, null, null);

    public WallFilter {
        text = text == null || text.isBlank() ? null : text.strip();
        tag = tag == null || FeedbackRules.normaliseTag(tag).isEmpty() ? null : FeedbackRules.normaliseTag(tag);
        anyOfDepartments = Set.copyOf(anyOfDepartments);
    }

    public WallFilter(@Nullable String text, @Nullable Long departmentId, @Nullable Long personId, @Nullable Channel channel,
                      @Nullable String tag, @Nullable LocalDate from, @Nullable LocalDate to) {
        this(text, departmentId, personId, channel, tag, from, to, Set.of());
    }

    public static WallFilter text(String text) {
        return new WallFilter(text, null, null, null, null, null, null);
    }

    public static WallFilter person(long personId) {
        return new WallFilter(null, null, personId, null, null, null, null);
    }

    public static WallFilter anyOfDepartments(Set<Long> departments) {
        return new WallFilter(null, null, null, null, null, null, null, departments);
    }

    /** Whether anything but the search text narrows the wall: how many of the other filters are set. */
    public int activeFilters() {
        int n = 0;
        for (Object o : new Object[] {departmentId, personId, channel, tag, from, to}) {
            if (o != null) {
                n++;
            }
        }
        return n;
    }
}
