package app.bravo.shared.live;

/**
 * A domain event that open screens should see at once (a note approved, a kudos given). Publish it
 * as an ordinary Spring application event; once the transaction commits, the {@link Broadcaster}
 * hands it to every view that subscribed to its type.
 */
public interface LiveEvent {
}
