package app.bravo.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One privileged action: who did what to what, and when. Never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final int DETAILS_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor_email", nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "target_type", nullable = false, updatable = false)
    private String targetType;

    @Column(name = "target_id", updatable = false)
    private @Nullable String targetId;

    @Column(nullable = false, updatable = false, length = DETAILS_MAX)
    private String details;

    /** The name of what was acted on, at the time; {@code null} in rows written before messages. */
    @Column(updatable = false, length = AuditMessage.SUBJECT_MAX)
    private @Nullable String subject;

    /** What happened, as a key of the auditlog bundle; {@code null} in older rows, which keep English {@link #details}. */
    @Column(name = "message_key", updatable = false, length = 80)
    private @Nullable String messageKey;

    /** The message's named parameters, as JSON. */
    @Column(updatable = false, length = AuditMessage.PARAMS_MAX)
    private @Nullable String params;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String targetType, @Nullable String targetId, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.targetType = targetType;
        this.targetId = targetId;
        this.details = details.length() > DETAILS_MAX ? details.substring(0, DETAILS_MAX - 1) + "…" : details;
    }

    AuditEntry(Instant occurredAt, String actor, String action, String targetType, @Nullable String targetId, AuditMessage message) {
        this(occurredAt, actor, action, targetType, targetId, "");
        this.subject = message.subjectName();
        this.messageKey = message.key();
        this.params = message.paramsJson();
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTargetType() {
        return targetType;
    }

    public @Nullable String getTargetId() {
        return targetId;
    }

    /** The English details of a row written before messages; empty in newer rows. */
    public String getDetails() {
        return details;
    }

    public @Nullable String getSubject() {
        return subject;
    }

    public @Nullable String getMessageKey() {
        return messageKey;
    }

    /** The message's parameters as JSON, for {@code AuditText} to render. */
    public @Nullable String getParams() {
        return params;
    }
}
