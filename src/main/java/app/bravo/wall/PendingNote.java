package app.bravo.wall;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A note in the moderation queue: the note, who submitted it ({@code null} for the API), the personal
 * data found in its quote, and the quote with that data replaced, which the moderator may accept
 * or edit (see {@code PersonalDataScanner}).
 */
public record PendingNote(NoteView note, @Nullable Credit submittedBy, List<PersonalData> personalData, String proposedQuote) {
}
