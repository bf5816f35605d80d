package app.bravo.audit;

import app.bravo.audit.internal.AuditRepository;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log. Features record their privileged actions here, inside their own transaction, so
 * that an action and its record are written together or not at all. Only ADMIN reads it.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
public class AuditService {

    private final AuditRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records an action of the signed-in person (or of the system at start-up), with what it did as a
     * message that the log renders in its reader's language.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String targetType, @Nullable Object targetId, AuditMessage message) {
        entries.save(new AuditEntry(Instant.now(clock), currentUser.actor(), action.name(), targetType,
                targetId == null ? null : targetId.toString(), message));
    }

    /**
     * Records an action with its details as fixed text, shown the same in every language. Prefer
     * {@link #record(AuditAction, String, Object, AuditMessage)}; this stays for details that are no words.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String targetType, @Nullable Object targetId, String details) {
        entries.save(new AuditEntry(Instant.now(clock), currentUser.actor(), action.name(), targetType,
                targetId == null ? null : targetId.toString(), details));
    }

    /** The log, newest first, optionally only one action and entries mentioning a text. */
    @Transactional(readOnly = true)
    public Slice<AuditEntry> find(@Nullable AuditAction action, String text, Pageable page) {
        String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return entries.search(action == null ? null : action.name(), like, page);
    }
}
