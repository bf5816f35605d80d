package app.bravo.people;

/** A person was deactivated: their sessions end and they can no longer sign in. */
public record PersonDeactivated(long personId) {
}
