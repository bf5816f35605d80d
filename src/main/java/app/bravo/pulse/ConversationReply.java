package app.bravo.pulse;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One reply of an anonymous conversation, in its thread's order; only HR's side has a day (DD022). */
public record ConversationReply(int seq, ReplySide side, String body, @Nullable LocalDate writtenOn) {
}
