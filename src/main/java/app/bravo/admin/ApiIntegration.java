package app.bravo.admin;

import app.bravo.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A system that talks to the API. Its tokens come and go (replaced, revoked); what it posted and
 * the externalIds it used stay its own, out of reach of every other integration.
 */
@Entity
@Table(name = "api_integration")
public class ApiIntegration extends AbstractEntity {

    @Column(nullable = false, length = ApiToken.NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ApiIntegration() {
    }

    ApiIntegration(String name, Instant createdAt) {
        this.name = HashedSecret.checkedName(name, ApiToken.NAME_MAX, "admin.token.error.name");
        this.createdAt = createdAt;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
