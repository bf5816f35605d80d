package app.bravo.pulse;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One answer of a submission: a number for AGREE_5 and SCALE_10, choice ids for SINGLE and MULTI,
 * text for TEXT. An empty answer (no number, no choice, blank text) is no answer.
 */
public record GivenAnswer(long questionId, @Nullable Integer value, Set<Long> choiceIds, @Nullable String text) {

    public static final int TEXT_MAX = 2000;

    public GivenAnswer {
        choiceIds = Set.copyOf(choiceIds);
    }

    public static GivenAnswer number(long questionId, int value) {
        return new GivenAnswer(questionId, value, Set.of(), null);
    }

    public static GivenAnswer choices(long questionId, Long... ids) {
        return new GivenAnswer(questionId, null, Set.of(ids), null);
    }

    public static GivenAnswer text(long questionId, String text) {
        return new GivenAnswer(questionId, null, Set.of(), text);
    }

    boolean empty() {
        return value == null && choiceIds.isEmpty() && (text == null || text.isBlank());
    }
}
