package app.bravo.pulse;

/** Who wrote a reply of an anonymous conversation: HR (named in the database) or the comment's anonymous author. */
public enum ReplySide {
    STAFF, AUTHOR
}
