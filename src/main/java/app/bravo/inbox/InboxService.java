package app.bravo.inbox;

import app.bravo.inbox.internal.InboxMessage;
import app.bravo.inbox.internal.InboxParams;
import app.bravo.inbox.internal.InboxRepository;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own inbox: their messages newest first, how many are unread, reading them. */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class InboxService {

    public static final int PAGE_MAX = 100;

    private final InboxRepository messages;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InboxService(InboxRepository messages, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** My messages, newest first: the first page with {@code beforeId} null, then those older than the last one shown. */
    public List<InboxItem> mine(@Nullable Long beforeId, int size) {
        long me = me();
        Limit limit = Limit.of(Math.clamp(size, 1, PAGE_MAX));
        List<InboxMessage> page = beforeId == null
                ? messages.findByPersonIdOrderByIdDesc(me, limit)
                : messages.findByPersonIdAndIdLessThanOrderByIdDesc(me, beforeId, limit);
        return page.stream().map(InboxService::item).toList();
    }

    public long unreadCount() {
        return messages.countByPersonIdAndReadAtIsNull(me());
    }

    /** Marks one of my messages read; someone else's id, or one already read, changes nothing and says nothing. */
    @Transactional
    public void markRead(long id) {
        long me = me();
        if (messages.markRead(me, id, Instant.now(clock)) > 0) {
            events.publishEvent(new InboxChanged(me));
        }
    }

    @Transactional
    public void markAllRead() {
        long me = me();
        if (messages.markAllRead(me, Instant.now(clock)) > 0) {
            events.publishEvent(new InboxChanged(me));
        }
    }

    private long me() {
        return currentUser.require().personId();
    }

    private static InboxItem item(InboxMessage m) {
        return new InboxItem(m.getId(), m.getMessageKey(), InboxParams.decode(m.getParams()), m.getLink(), m.getCreatedAt(),
                m.getReadAt());
    }
}
