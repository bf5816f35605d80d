package app.bravo.admin;

import app.bravo.audit.AuditService;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.admin.internal.KioskTokenRepository;
import app.bravo.people.PeopleService;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Office screens (DESIGN section 1, KIOSK): an administrator makes, names and revokes them. Each has
 * a secret of 24 random bytes in base64url, part of its address {@code /kiosk/<secret>}, shown once;
 * only its SHA-256 hash is kept, as for API tokens. A screen checks its token again at least every
 * 30 seconds, so a revoked screen goes dark within a minute. Each change is audited.
 */
@Service
@PreAuthorize(Roles.IS_ADMIN)
@Transactional(readOnly = true)
public class KioskTokenService {

    static final String DEMO_SCREEN_NAME = "Demo office screen";
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    private static final int SECRET_MAX = 200;

    private final KioskTokenRepository tokens;
    private final PeopleService people;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final boolean demoMode;
    private final SecureRandom random = new SecureRandom();

    KioskTokenService(KioskTokenRepository tokens, PeopleService people, AuditService audit, CurrentUser currentUser,
                      Clock clock, @Value("${bravo.demo.enabled:false}") boolean demoMode) {
        this.tokens = tokens;
        this.people = people;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.demoMode = demoMode;
    }

    /** Makes a screen; the answer is the only place its secret ever appears. */
    @Transactional
    public NewKioskToken create(String name, int rotationSeconds, Collection<Long> departmentIds) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return save(name, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), rotationSeconds, departmentIds);
    }

    /**
     * Demo mode only: the well-known screen {@code /kiosk/demo} of DESIGN section 3, made if absent.
     * Refused outside demo mode, so that no guessable screen address can exist in production.
     */
    @Transactional
    public long ensureDemoScreen(String secret) {
        if (!demoMode) {
            throw new IllegalStateException("A fixed kiosk token exists only in demo mode");
        }
        return tokens.findBySecretTokenHash(HashedSecret.hash(secret)).map(t -> {
            if (t.getSecret().isRevoked()) {
                t.getSecret().reinstate();
                audit.record(AuditAction.KIOSK_TOKEN_CREATED, "kiosk-token", t.getId(), AuditMessage.of("audit.msg.demo-screen-reopened")
                        .subject(t.getName()).text("prefix", t.getSecret().getPrefix()));
            }
            return t.getId();
        }).orElseGet(() -> save(DEMO_SCREEN_NAME, secret, KioskToken.ROTATION_DEFAULT, Set.of()).id());
    }

    /**
     * Outside demo mode: revokes the well-known demo screen if a data folder from demo mode holds it
     * open; true when it did. Allowed in any mode, so that going live closes it.
     */
    @Transactional
    public boolean closeDemoScreen(String secret) {
        return tokens.findBySecretTokenHash(HashedSecret.hash(secret)).filter(t -> !t.getSecret().isRevoked()).map(t -> {
            revoke(t.getId());
            return true;
        }).orElse(false);
    }

    private NewKioskToken save(String name, String secret, int rotationSeconds, Collection<Long> departmentIds) {
        Set<Long> departments = new HashSet<>(departmentIds);
        if (!people.departmentNames(departments).keySet().containsAll(departments)) {
            throw new UserError("kiosk.token.error.department-unknown");
        }
        var hashed = new HashedSecret(secret, KioskToken.PREFIX_LENGTH, currentUser.actor(), Instant.now(clock));
        var saved = tokens.save(new KioskToken(name, hashed, rotationSeconds, departments));
        audit.record(AuditAction.KIOSK_TOKEN_CREATED, "kiosk-token", saved.getId(),
                AuditMessage.of("audit.msg.kiosk-token-created").subject(saved.getName()).text("prefix", hashed.getPrefix()));
        return new NewKioskToken(saved.getId(), saved.getName(), secret);
    }

    /** The screens, newest first, without their secrets. */
    public Slice<KioskTokenView> list(Pageable page) {
        Slice<KioskToken> slice = tokens.findAllByOrderBySecretCreatedAtDescIdDesc(page);
        Set<Long> ids = new HashSet<>();
        slice.forEach(t -> ids.addAll(t.getDepartments()));
        Map<Long, String> names = people.departmentNames(ids);
        return slice.map(t -> new KioskTokenView(t.getId(), t.getName(), t.getSecret().getPrefix(), t.getRotationSeconds(),
                t.getDepartments().stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().toList(),
                t.getSecret().getCreatedBy(), t.getSecret().getCreatedAt(), t.getLastSeenAt(), t.getSecret().getRevokedAt()));
    }

    /** Revokes a screen for good; it shows "not connected" within a minute. */
    @Transactional
    public void revoke(long id) {
        KioskToken token = tokens.findById(id).orElseThrow(() -> new UserError("kiosk.token.error.not-found"));
        if (!token.getSecret().isRevoked()) {
            token.getSecret().revoke(Instant.now(clock));
            audit.record(AuditAction.KIOSK_TOKEN_REVOKED, "kiosk-token", id,
                    AuditMessage.of("audit.msg.kiosk-token-revoked").subject(token.getName()).text("prefix", token.getSecret().getPrefix()));
        }
    }

    /**
     * The settings of the screen a presented secret belongs to, if it is known and not revoked; notes
     * that the screen is alive (at most once a minute). Open to anyone: the secret is the credential.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<KioskScreen> resolve(String secret) {
        if (secret.isEmpty() || secret.length() > SECRET_MAX) {
            return Optional.empty();
        }
        return tokens.findBySecretTokenHash(HashedSecret.hash(secret))
                .filter(t -> !t.getSecret().isRevoked())
                .map(t -> {
                    Instant now = Instant.now(clock);
                    tokens.touch(t.getId(), now, now.minus(TOUCH_EVERY));
                    return new KioskScreen(t.getId(), t.getName(), t.getRotationSeconds(), t.getDepartments());
                });
    }
}
