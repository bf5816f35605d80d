package app.bravo.recognition;

/** What a kudos is: a small win (published at once), a big win (a nomination decided by a manager or HR), or a celebration the app posts. */
public enum KudosKind {
    SMALL, BIG, CELEBRATION
}
