package app.bravo.inbox;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message of the signed-in person's inbox: an i18n key and its parameters (shown as text),
 * the app-relative route it opens (none for a message that only tells), and when it was read.
 */
public record InboxItem(long id, String messageKey, List<String> params, @Nullable String link, Instant createdAt,
                        @Nullable Instant readAt) {

    public InboxItem {
        params = List.copyOf(params);
    }

    public boolean unread() {
        return readAt == null;
    }
}
