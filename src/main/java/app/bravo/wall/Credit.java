package app.bravo.wall;

/** A person or department a note credits, with the name to show. */
public record Credit(long id, String name) {
}
