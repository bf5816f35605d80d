package app.bravo.admin;

import app.bravo.audit.AuditService;
import app.bravo.audit.AuditAction;
import app.bravo.admin.internal.ApiIntegrationRepository;
import app.bravo.audit.AuditMessage;
import app.bravo.admin.internal.ApiTokenRepository;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations (DESIGN section 3). An administrator makes, names and revokes them;
 * a token is {@code bravo_} followed by 32 random bytes in base64url, shown once, and only its
 * SHA-256 hash is kept ({@link HashedSecret}), so that a copy of the database lets no one in. A
 * token belongs to an integration and carries scopes ({@link ApiScope}). Each change is audited.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class ApiTokenService {

    public static final String TOKEN_PREFIX = "bravo_";
    static final String DEMO_TOKEN_NAME = "Demo integration";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final ApiIntegrationRepository integrations;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean demoMode;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, ApiIntegrationRepository integrations, AuditService audit, CurrentUser currentUser, Clock clock,
                    @Value("${bravo.demo.enabled:false}") boolean demoMode) {
        this.tokens = tokens;
        this.integrations = integrations;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.demoMode = demoMode;
    }

    /**
     * Makes a token for a new integration with the scopes given (at least one); the answer is the
     * only place its secret ever appears.
     */
    @Transactional
    public NewApiToken create(String name, Set<ApiScope> scopes) {
        var integration = integrations.save(new ApiIntegration(name, Instant.now(clock)));
        return save(name, integration.getId(), scopes, newSecret());
    }

    /** A token for a new integration that may do everything ({@link ApiScope}). */
    @Transactional
    public NewApiToken create(String name) {
        return create(name, EnumSet.allOf(ApiScope.class));
    }

    /**
     * Replaces a token: a new one for the same integration, with the same name and scopes, and the
     * old one revoked. The integration keeps its notes and externalIds.
     */
    @Transactional
    public NewApiToken replace(long id) {
        ApiToken old = tokens.findById(id).orElseThrow(() -> new UserError("admin.token.error.not-found"));
        if (old.getSecret().isRevoked()) {
            throw new UserError("admin.token.error.revoked");
        }
        NewApiToken made = save(old.getName(), old.getIntegrationId(), old.getScopes(), newSecret());
        revoke(id);
        return made;
    }

    /**
     * Demo mode only: the well-known token {@code demo-token} of DESIGN section 3, with every scope,
     * made if absent. Refused outside demo mode, so that no guessable token can exist in production.
     */
    @Transactional
    public ApiClient ensureDemoToken(String token) {
        if (!demoMode) {
            throw new IllegalStateException("A fixed API token exists only in demo mode");
        }
        ApiToken demo = tokens.findBySecretTokenHash(HashedSecret.hash(token)).map(t -> {
            if (t.getSecret().isRevoked()) {
                t.getSecret().reinstate();
                audit.record(AuditAction.API_TOKEN_CREATED, "api-token", t.getId(), AuditMessage.of("audit.msg.demo-token-reopened")
                        .subject(t.getName()).text("prefix", t.getSecret().getPrefix()));
            }
            return t;
        }).orElseGet(() -> {
            var integration = integrations.save(new ApiIntegration(DEMO_TOKEN_NAME, Instant.now(clock)));
            long id = save(DEMO_TOKEN_NAME, integration.getId(), EnumSet.allOf(ApiScope.class), token).id();
            return tokens.findById(id).orElseThrow();
        });
        return client(demo);
    }

    /**
     * Outside demo mode: revokes the well-known demo token if a data folder from demo mode holds it
     * open; true when it did. Allowed in any mode, so that going live closes it.
     */
    @Transactional
    public boolean closeDemoToken(String token) {
        return tokens.findBySecretTokenHash(HashedSecret.hash(token)).filter(t -> !t.getSecret().isRevoked()).map(t -> {
            revoke(t.getId());
            return true;
        }).orElse(false);
    }

    private String newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    private NewApiToken save(String name, long integrationId, Set<ApiScope> scopes, String token) {
        var secret = new HashedSecret(token, ApiToken.PREFIX_LENGTH, currentUser.actor(), Instant.now(clock));
        var saved = tokens.save(new ApiToken(name, integrationId, secret, scopes));
        audit.record(AuditAction.API_TOKEN_CREATED, "api-token", saved.getId(),
                AuditMessage.of("audit.msg.api-token-created").subject(saved.getName()).text("prefix", secret.getPrefix())
                        .translated("scopes", "tokens.scope.", saved.getScopes()));
        return new NewApiToken(saved.getId(), integrationId, saved.getName(), token);
    }

    /** The tokens, newest first, without their secrets. */
    public Slice<ApiTokenView> list(Pageable page) {
        return tokens.findAllByOrderBySecretCreatedAtDescIdDesc(page).map(t -> new ApiTokenView(t.getId(), t.getIntegrationId(),
                t.getName(), t.getSecret().getPrefix(), t.getScopes(), t.getSecret().getCreatedBy(), t.getSecret().getCreatedAt(),
                t.getLastUsedAt(), t.getSecret().getRevokedAt()));
    }

    /** Revokes a token for good; requests with it are refused from now on. */
    @Transactional
    public void revoke(long id) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new UserError("admin.token.error.not-found"));
        if (!token.getSecret().isRevoked()) {
            token.getSecret().revoke(Instant.now(clock));
            audit.record(AuditAction.API_TOKEN_REVOKED, "api-token", id,
                    AuditMessage.of("audit.msg.api-token-revoked").subject(token.getName()).text("prefix", token.getSecret().getPrefix()));
        }
    }

    /** The integration a presented token belongs to, if it is known and not revoked; notes its use. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<ApiClient> authenticate(String presented) {
        if (presented.isEmpty() || presented.length() > 200) {
            return Optional.empty();
        }
        return tokens.findBySecretTokenHash(HashedSecret.hash(presented))
                .filter(t -> !t.getSecret().isRevoked())
                .map(t -> {
                    Instant now = Instant.now(clock);
                    tokens.touch(t.getId(), now, now.minus(TOUCH_EVERY));
                    return client(t);
                });
    }

    private static ApiClient client(ApiToken t) {
        return new ApiClient(t.getIntegrationId(), Objects.requireNonNull(t.getId()), t.getName(), t.getScopes());
    }
}
