package app.bravo.inbox.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One message to one person. Only its read time ever changes, by the conditional updates of the repository. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    public static final int KEY_MAX = 120;
    public static final int LINK_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "message_key", nullable = false, updatable = false, length = KEY_MAX)
    private String messageKey;

    /** The parameters as a JSON array of strings. */
    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String params;

    @Column(updatable = false, length = LINK_MAX)
    private @Nullable String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected InboxMessage() {
    }

    public InboxMessage(long personId, String messageKey, String params, @Nullable String link, Instant createdAt) {
        this.personId = personId;
        this.messageKey = messageKey;
        this.params = params;
        this.link = link;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getParams() {
        return params;
    }

    public @Nullable String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }
}
