package app.bravo.wall;

/** The kinds of reaction a reader gives a published note; each person gives each kind at most once per note. */
public enum Reaction {
    LOVE, CLAP, INSPIRED, SMILE
}
