package app.bravo.people;

/** A company value as lists show it. */
public record ValueView(long id, String name, String description, int position, boolean active) {
}
