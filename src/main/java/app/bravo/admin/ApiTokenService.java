package app.bravo.admin;

import app.bravo.audit.AuditService;
import app.bravo.audit.AuditAction;
import app.bravo.admin.internal.ApiTokenRepository;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for integrations (DESIGN section 3). An administrator makes, names and revokes them;
 * a token is {@code bravo_} followed by 32 random bytes in base64url, shown once, and only its
 * SHA-256 hash is kept, so that a copy of the database lets no one in. Each change is audited.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class ApiTokenService {

    public static final String TOKEN_PREFIX = "bravo_";
    static final String DEMO_TOKEN_NAME = "Demo integration";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean demoMode;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, AuditService audit, CurrentUser currentUser, Clock clock,
                    @Value("${bravo.demo.enabled:false}") boolean demoMode) {
        this.tokens = tokens;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.demoMode = demoMode;
    }

    /** Makes a token; the answer is the only place its secret ever appears. */
    @Transactional
    public NewApiToken create(String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return save(name, token);
    }

    /**
     * Demo mode only: the well-known token {@code demo-token} of DESIGN section 3, made if absent.
     * Refused outside demo mode, so that no guessable token can exist in production.
     */
    @Transactional
    public long ensureDemoToken(String token) {
        if (!demoMode) {
            throw new IllegalStateException("A fixed API token exists only in demo mode");
        }
        return tokens.findByTokenHash(hash(token)).map(t -> {
            if (t.isRevoked()) {
                t.reinstate();
                audit.record(AuditAction.API_TOKEN_CREATED, "api-token", t.getId(), t.getName() + " " + t.getPrefix() + "… (demo mode)");
            }
            return t.getId();
        }).orElseGet(() -> save(DEMO_TOKEN_NAME, token).id());
    }

    /**
     * Outside demo mode: revokes the well-known demo token if a data folder from demo mode holds it
     * open; true when it did. Allowed in any mode, so that going live closes it.
     */
    @Transactional
    public boolean closeDemoToken(String token) {
        return tokens.findByTokenHash(hash(token)).filter(t -> !t.isRevoked()).map(t -> {
            revoke(t.getId());
            return true;
        }).orElse(false);
    }

    private NewApiToken save(String name, String token) {
        String prefix = token.substring(0, Math.min(ApiToken.PREFIX_LENGTH, token.length()));
        var saved = tokens.save(new ApiToken(name, hash(token), prefix, currentUser.actor(), Instant.now(clock)));
        audit.record(AuditAction.API_TOKEN_CREATED, "api-token", saved.getId(), saved.getName() + " " + prefix + "…");
        return new NewApiToken(saved.getId(), saved.getName(), token);
    }

    /** The tokens, newest first, without their secrets. */
    public Slice<ApiTokenView> list(Pageable page) {
        return tokens.findAllByOrderByCreatedAtDescIdDesc(page).map(t -> new ApiTokenView(t.getId(), t.getName(),
                t.getPrefix(), t.getCreatedBy(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt()));
    }

    /** Revokes a token for good; requests with it are refused from now on. */
    @Transactional
    public void revoke(long id) {
        ApiToken token = tokens.findById(id).orElseThrow(() -> new UserError("admin.token.error.not-found"));
        if (!token.isRevoked()) {
            token.revoke(Instant.now(clock));
            audit.record(AuditAction.API_TOKEN_REVOKED, "api-token", id, token.getName() + " " + token.getPrefix() + "…");
        }
    }

    /** The integration a presented token belongs to, if it is known and not revoked; notes its use. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<ApiClient> authenticate(String presented) {
        if (presented.isEmpty() || presented.length() > 200) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(presented))
                .filter(t -> !t.isRevoked())
                .map(t -> {
                    Instant now = Instant.now(clock);
                    tokens.touch(t.getId(), now, now.minus(TOUCH_EVERY));
                    return new ApiClient(t.getId(), t.getName());
                });
    }

    /** SHA-256 of the whole token, as lower-case hex: what the {@code api_token} table keeps. */
    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
