package app.bravo.inbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Test-only listeners that react to test-only events, as a feature's listener reacts to its own
 * past-tense event: they post to the inbox. A {@link Failing} probe fails as often as
 * {@link #failNextTimes} says before it posts, which leaves its publication incomplete.
 */
@Component
public class RegistryProbe {

    /** Something happened that the person is told about. */
    public record Happened(long personId, String text) {
    }

    /** Same, but the listener fails while its text is marked in {@link #failNextTimes}. */
    public record Failing(long personId, String text) {
    }

    private final Inbox inbox;
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    /** Who the listener found signed in, by the event's text ("nobody" for no one). */
    private final Map<String, String> signedIn = new ConcurrentHashMap<>();

    RegistryProbe(Inbox inbox) {
        this.inbox = inbox;
    }

    /** The next delivery of the {@link Failing} event with this text throws; the one after it succeeds. */
    public void failNextTimes(String text) {
        failing.add(text);
    }

    /** Who the listener of the {@link Happened} event with this text found signed in; null before it ran. */
    public String signedIn(String text) {
        return signedIn.get(text);
    }

    @ApplicationModuleListener
    void on(Happened event) {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        signedIn.put(event.text(), auth == null ? "nobody" : auth.getName());
        inbox.post(event.personId(), "inboxtest.probe", List.of(event.text()), null);
    }

    @ApplicationModuleListener
    void on(Failing event) {
        if (failing.remove(event.text())) {
            throw new IllegalStateException("The probe listener fails on purpose for " + event.text());
        }
        inbox.post(event.personId(), "inboxtest.probe", List.of(event.text()), null);
    }
}
