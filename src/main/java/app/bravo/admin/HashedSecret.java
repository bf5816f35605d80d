package app.bravo.admin;

import app.bravo.shared.TextRules;
import app.bravo.shared.UserError;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The part API tokens and office-screen tokens share: a secret shown once and kept only as its
 * SHA-256 hash (so a copy of the database lets no one in), the first characters by which an
 * administrator recognises it, who made it and when, and its revocation, which is for good.
 */
@Embeddable
public class HashedSecret {

    @Column(name = "token_hash", nullable = false, unique = true, length = 64, updatable = false)
    private String tokenHash;

    @Column(nullable = false, length = 16, updatable = false)
    private String prefix;

    @Column(name = "created_by", nullable = false, updatable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected HashedSecret() {
    }

    HashedSecret(String secret, int prefixLength, String createdBy, Instant createdAt) {
        this.tokenHash = hash(secret);
        this.prefix = secret.substring(0, Math.min(prefixLength, secret.length()));
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** SHA-256 of the whole secret, as lower-case hex: what the token tables keep. */
    static String hash(String secret) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token's name, stripped: refused with {@code errorKey} when empty, too long or holding control characters. */
    static String checkedName(String name, int max, String errorKey) {
        return TextRules.check(name, true, max, errorKey);
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
