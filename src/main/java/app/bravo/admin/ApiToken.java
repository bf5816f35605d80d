package app.bravo.admin;

import app.bravo.shared.TextRules;
import app.bravo.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import app.bravo.shared.UserError;

/**
 * One of an integration's API tokens, with the scopes it grants. Only its SHA-256 hash is kept;
 * the token itself was shown once. A replacement token belongs to the same integration, so the
 * integration keeps its notes and externalIds (docs/decisions/DD008-api-integrations-and-scopes.md).
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends AbstractEntity {

    public static final int NAME_MAX = 80;
    public static final int PREFIX_LENGTH = 12;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "integration_id", nullable = false, updatable = false)
    private long integrationId;

    @Embedded
    private HashedSecret secret;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_scope", joinColumns = @JoinColumn(name = "token_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, length = 20)
    private Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);

    protected ApiToken() {
    }

    ApiToken(String name, long integrationId, HashedSecret secret, Collection<ApiScope> scopes) {
        this.name = HashedSecret.checkedName(name, NAME_MAX, "admin.token.error.name");
        if (scopes.isEmpty()) {
            throw new UserError("admin.token.error.scopes");
        }
        this.integrationId = integrationId;
        this.secret = secret;
        this.scopes.addAll(scopes);
    }

    public String getName() {
        return name;
    }

    public long getIntegrationId() {
        return integrationId;
    }

    public HashedSecret getSecret() {
        return secret;
    }

    public Set<ApiScope> getScopes() {
        return scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
