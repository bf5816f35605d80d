package app.bravo.recognition;

/** A company value a person is recognised for, with how many kudos (published and public) carried it. */
public record ValueCount(long valueId, String name, long kudos) {
}
