package app.bravo.recognition;

/** How many kudos (published, public, not hidden; small and big wins) a person received and gave. */
public record RecognitionTotals(long received, long given) {
}
