package app.bravo.wall;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A feedback note as the wall and the moderation queue show it. A {@code null} customer name means anonymous. */
public record NoteView(long id, FeedbackStatus status, String quote, boolean redacted, @Nullable String customerName,
                       @Nullable String company, Channel channel, @Nullable Integer score, @Nullable ScoreType scoreType,
                       LocalDate receivedOn, FeedbackSource source, Instant createdAt, @Nullable Instant publishedAt,
                       List<String> tags, List<Credit> creditedPeople, List<Credit> creditedDepartments) {
}
