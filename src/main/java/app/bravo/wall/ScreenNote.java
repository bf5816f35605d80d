package app.bravo.wall;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A published note as an office screen or the home page's "note of the day" shows it: the
 * customer's words and who said them, nothing about submitters, moderators or credited people.
 * A {@code null} customer name means an anonymous customer.
 */
public record ScreenNote(long id, String quote, @Nullable String customerName, @Nullable String company, Channel channel,
                         @Nullable Integer score, @Nullable ScoreType scoreType, LocalDate receivedOn) {

    static ScreenNote of(NoteView n) {
        return new ScreenNote(n.id(), n.quote(), n.customerName(), n.company(), n.channel(), n.score(), n.scoreType(),
                n.receivedOn());
    }
}
