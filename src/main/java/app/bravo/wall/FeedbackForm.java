package app.bravo.wall;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feedback note as submitted (by the form, the API or an import) or as edited by a moderator.
 * People are credited by id (the form's picker) or by e-mail address (the API); a
 * {@code null} customer name means an anonymous customer, a {@code null} date means today.
 */
public record FeedbackForm(@Nullable String quote, @Nullable String customerName, @Nullable String company,
                           @Nullable Channel channel, @Nullable Integer score, @Nullable ScoreType scoreType,
                           @Nullable LocalDate receivedOn, List<Long> creditedPeople, List<String> creditedEmails,
                           List<Long> creditedDepartments, List<String> tags, @Nullable String externalId) {

    public FeedbackForm {
        creditedPeople = creditedPeople == null ? List.of() : List.copyOf(creditedPeople);
        creditedEmails = creditedEmails == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(creditedEmails));
        creditedDepartments = creditedDepartments == null ? List.of() : List.copyOf(creditedDepartments);
        tags = tags == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tags));
    }

    /** The smallest valid note: a quote and a channel. */
    public static FeedbackForm of(String quote, Channel channel) {
        return new FeedbackForm(quote, null, null, channel, null, null, null, List.of(), List.of(), List.of(), List.of(), null);
    }
}
