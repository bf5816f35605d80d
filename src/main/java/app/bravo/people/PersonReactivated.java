package app.bravo.people;

/** A deactivated person was let back in. */
public record PersonReactivated(long personId) {
}
