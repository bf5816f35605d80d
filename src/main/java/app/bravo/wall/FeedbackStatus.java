package app.bravo.wall;

/** Where a note is in moderation. Only PUBLISHED notes are ever shown on the wall. */
public enum FeedbackStatus {
    PENDING, PUBLISHED, REJECTED, ARCHIVED
}
