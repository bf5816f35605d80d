package app.bravo.pulse;

/** A round closed and its department tree was kept: the event results may react to, after commit. */
public record RoundClosed(long roundId, long surveyId) {
}
