package app.bravo.pulse;

import java.time.LocalDate;
import java.util.List;

/**
 * One comment's anonymous conversation (DD022): the comment, the question and survey it answered,
 * the round's close date, and the replies in order. {@code commentId} is the comment's random id in
 * hex, what {@link ConversationService} takes back.
 */
public record Conversation(String commentId, String surveyEn, String surveyFa, String questionEn, String questionFa,
                           LocalDate closeDate, String comment, List<ConversationReply> replies) {

    public Conversation {
        replies = List.copyOf(replies);
    }

    public String survey(boolean persian) {
        return persian ? surveyFa : surveyEn;
    }

    public String question(boolean persian) {
        return persian ? questionFa : questionEn;
    }

    /** The author may answer once HR has replied. */
    public boolean answerable() {
        return replies.stream().anyMatch(r -> r.side() == ReplySide.STAFF);
    }
}
