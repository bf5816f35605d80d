package app.bravo.admin;

import app.bravo.shared.AbstractEntity;
import app.bravo.shared.UserError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An integration's API token. Only its SHA-256 hash is kept; the token itself was shown once. */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    public static final int NAME_MAX = 80;
    public static final int PREFIX_LENGTH = 12;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(nullable = false, length = 16, updatable = false)
    private String prefix;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ApiToken() {
    }

    ApiToken(String name, String tokenHash, String prefix, String createdBy, Instant createdAt) {
        String n = name.strip();
        if (n.isEmpty() || n.length() > NAME_MAX || n.chars().anyMatch(Character::isISOControl)) {
            throw new UserError("admin.token.error.name", NAME_MAX);
        }
        this.name = n;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
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
