package app.bravo.wall;

import app.bravo.shared.live.LiveEvent;

/** Someone reacted to a published note or commented on it (or a comment was hidden): open walls show the new counts. */
public record NoteCountsChanged(long noteId) implements LiveEvent {
}
