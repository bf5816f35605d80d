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

    public String getDetails() {
        return details;
    }
}
