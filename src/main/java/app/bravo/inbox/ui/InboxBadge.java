package app.bravo.inbox.ui;

import app.bravo.inbox.InboxChanged;
import app.bravo.inbox.InboxService;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.live.Broadcaster;
import com.vaadin.flow.component.html.Span;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The number of unread messages beside the inbox's menu entry, hidden at none, kept live by
 * {@link InboxChanged} for this person.
 */
public final class InboxBadge extends Span {

    private final transient InboxService inbox;

    public InboxBadge(InboxService inbox, Broadcaster broadcaster, long personId) {
        this.inbox = inbox;
        addClassName("inbox-badge");
        getElement().getThemeList().add("badge primary pill small");
        refresh();
        broadcaster.subscribeWhileAttached(this, InboxChanged.class, e -> {
            if (e.personId() == personId) {
                try {
                    refresh();
                } catch (AuthenticationException | AccessDeniedException signedOut) {
                    // the sign-in ended while the page stayed open
                }
            }
        });
    }

    /** Reads the count again. */
    public void refresh() {
        long count = inbox.unreadCount();
        setText(Numbers.format(count, getLocale()));
        getElement().setAttribute("aria-label", getTranslation("inbox.badge", Numbers.format(count, getLocale())));
        setVisible(count > 0);
    }
}
