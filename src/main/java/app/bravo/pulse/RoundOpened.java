package app.bravo.pulse;

/** A round opened: the event results and notifications may react to, after commit. */
public record RoundOpened(long roundId, long surveyId, String periodKey) {
}
