package app.bravo.pulse;

/**
 * A department a round's results can be filtered by, from the round's department tree as it was
 * locked at close, with its depth in that tree (0 for a top department) for indenting.
 */
public record RoundDepartment(long id, String name, int depth) {
}
