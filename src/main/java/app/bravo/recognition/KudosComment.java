package app.bravo.recognition;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A comment on a kudos; {@code hidden} ones reach only moderators, marked. {@code author} is null once the author is erased. */
public record KudosComment(long id, long kudosId, @Nullable KudosPerson author, String text, Instant createdAt, boolean hidden) {
}
