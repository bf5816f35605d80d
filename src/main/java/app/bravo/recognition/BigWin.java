package app.bravo.recognition;

import app.bravo.shared.i18n.Language;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A big win as lists show it: the nomination, where it stands and who decided it.
 * {@code approver} is the manager it was routed to (null: HR); {@code withHr} says HR decides it
 * now, because it was routed to HR or its manager has left or no longer manages. {@code left} are the
 * recipients who have left the company since: an approval pays only the others.
 */
public record BigWin(long id, Who nominator, List<Who> recipients, long awardLevelId, String awardNameEn,
                     String awardNameFa, int points, String message, List<Long> valueIds, BigWinStatus status,
                     @Nullable Who approver, boolean withHr, @Nullable Who decidedBy, @Nullable String decisionNote,
                     Instant createdAt, @Nullable Instant decidedAt, @Nullable Instant publishedAt, List<Who> left) {

    /** A person by id and display name. */
    public record Who(long id, String name) {
    }

    public BigWin {
        recipients = List.copyOf(recipients);
        valueIds = List.copyOf(valueIds);
        left = List.copyOf(left);
    }

    /** The award's name in the reader's language. */
    public String awardName(Locale locale) {
        return Language.of(locale) == Language.PERSIAN ? awardNameFa : awardNameEn;
    }

    public List<Long> recipientIds() {
        return recipients.stream().map(Who::id).toList();
    }
}
