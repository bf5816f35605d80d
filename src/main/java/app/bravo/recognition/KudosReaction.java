package app.bravo.recognition;

/** The kinds of reaction a reader gives a kudos; each person gives each kind at most once per kudos. */
public enum KudosReaction {
    LOVE, CLAP, CELEBRATE, INSPIRED
}
