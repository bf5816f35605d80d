package app.bravo.inbox;

import app.bravo.inbox.internal.InboxMessage;
import app.bravo.inbox.internal.InboxParams;
import app.bravo.inbox.internal.InboxRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a message into a person's inbox. Called by the features' event listeners, which run after
 * their event's commit on a background thread where no one is signed in, so it asks for no user and
 * is no {@code @Service}: only code calls it, never a view. It joins the caller's transaction (an
 * {@code @ApplicationModuleListener} has one of its own), so the message is written exactly when the
 * listener's work is; open screens of the person hear {@link InboxChanged} after that commit.
 */
@Component
public class Inbox {

    /** At most this many parameters, each at most {@link #PARAM_MAX} characters: a message is short. */
    public static final int PARAMS_MAX = 10;
    public static final int PARAM_MAX = 300;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9.\\-]*");
    /** A route inside the app such as {@code kudos/123} or {@code rewards?tab=mine}: no scheme, no host, no leading slash. */
    private static final Pattern LINK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~/%?=&+\\-]*");

    private final InboxRepository messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbox(InboxRepository messages, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Tells a person something: {@code messageKey} is a key of the poster's own bundle whose text
     * uses {@code {0}}, {@code {1}}, ... for the parameters (names, a reward's name, a short quote),
     * which are shown as plain text in the reader's language; {@code link} is the route the message
     * opens, or null. Long parameters are cut with an ellipsis.
     *
     * @return the new message's id
     */
    @Transactional
    public long post(long personId, String messageKey, List<String> params, @Nullable String link) {
        if (messageKey.length() > InboxMessage.KEY_MAX || !KEY.matcher(messageKey).matches()) {
            throw new IllegalArgumentException("Not an i18n key: " + messageKey);
        }
        if (link != null && (link.length() > InboxMessage.LINK_MAX || !LINK.matcher(link).matches())) {
            throw new IllegalArgumentException("Not an app-relative route: " + link);
        }
        if (params.size() > PARAMS_MAX) {
            throw new IllegalArgumentException("At most " + PARAMS_MAX + " parameters, not " + params.size());
        }
        List<String> shortened = params.stream().map(Inbox::shorten).toList();
        var message = messages.save(new InboxMessage(personId, messageKey, InboxParams.encode(shortened), link,
                Instant.now(clock)));
        events.publishEvent(new InboxChanged(personId));
        return message.getId();
    }

    private static String shorten(String s) {
        return s.codePointCount(0, s.length()) <= PARAM_MAX ? s : s.substring(0, s.offsetByCodePoints(0, PARAM_MAX - 1)) + "…";
    }
}
