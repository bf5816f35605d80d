package app.bravo.wall;

/** A published note as a reader of the wall sees it: the note, its reactions and how many comments it has. */
public record WallNote(NoteView note, Reactions reactions, long comments) {

    public long id() {
        return note.id();
    }
}
