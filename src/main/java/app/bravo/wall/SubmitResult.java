package app.bravo.wall;

import java.util.List;

/**
 * What a submission made: the note's id and status, the credited e-mail addresses or person ids
 * that match no active person (the note is made with the others), and whether the note is new
 * ({@code false} when its external id was seen before and this is the first note again).
 */
public record SubmitResult(long id, FeedbackStatus status, List<String> unknownCredited, boolean created) {
}
