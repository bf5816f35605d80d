package app.bravo.inbox;

import app.bravo.shared.live.LiveEvent;

/** A person's inbox changed (a message came, one or all were read): their open screens refresh. */
public record InboxChanged(long personId) implements LiveEvent {
}
