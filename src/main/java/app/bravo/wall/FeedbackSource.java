package app.bravo.wall;

/** How a note entered Bravo. */
public enum FeedbackSource {
    FORM, CSV, API
}
