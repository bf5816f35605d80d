package app.bravo.admin;

import app.bravo.shared.AbstractEntity;
import app.bravo.shared.UserError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An office screen's token (DESIGN section 1, KIOSK). Only the SHA-256 hash of its secret is kept;
 * the secret was shown once, inside the screen's address. Departments are kept by id: a screen
 * without any shows every published note.
 */
@Entity
@Table(name = "kiosk_token")
public class KioskToken extends AbstractEntity {

    public static final int NAME_MAX = 80;
    public static final int PREFIX_LENGTH = 6;
    public static final int ROTATION_MIN = 5;
    public static final int ROTATION_MAX = 300;
    public static final int ROTATION_DEFAULT = 15;
    public static final int DEPARTMENTS_MAX = 50;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(nullable = false, length = 16, updatable = false)
    private String prefix;

    @Column(name = "rotation_seconds", nullable = false)
    private int rotationSeconds;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at")
    private @Nullable Instant lastSeenAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kiosk_token_department", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "department_id", nullable = false)
    private Set<Long> departments = new HashSet<>();

    protected KioskToken() {
    }

    KioskToken(String name, String tokenHash, String prefix, int rotationSeconds, Collection<Long> departments,
               String createdBy, Instant createdAt) {
        String n = name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX || n.chars().anyMatch(Character::isISOControl)) {
            throw new UserError("kiosk.token.error.name", NAME_MAX);
        }
        if (rotationSeconds < ROTATION_MIN || rotationSeconds > ROTATION_MAX) {
            throw new UserError("kiosk.token.error.rotation", ROTATION_MIN, ROTATION_MAX);
        }
        if (departments.size() > DEPARTMENTS_MAX) {
            throw new UserError("kiosk.token.error.departments", DEPARTMENTS_MAX);
        }
        this.name = n;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.rotationSeconds = rotationSeconds;
        this.departments.addAll(departments);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public int getRotationSeconds() {
        return rotationSeconds;
    }

    public Set<Long> getDepartments() {
        return Set.copyOf(departments);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Demo mode only: the well-known demo secret, closed when demo mode was off, opens again when it is back on. */
    void reinstate() {
        revokedAt = null;
    }
}
