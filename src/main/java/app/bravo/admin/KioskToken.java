package app.bravo.admin;

import app.bravo.shared.TextRules;
import app.bravo.shared.AbstractEntity;
import app.bravo.shared.UserError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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

    @Embedded
    private HashedSecret secret;

    @Column(name = "rotation_seconds", nullable = false)
    private int rotationSeconds;

    @Column(name = "last_seen_at")
    private @Nullable Instant lastSeenAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kiosk_token_department", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "department_id", nullable = false)
    private Set<Long> departments = new HashSet<>();

    protected KioskToken() {
    }

    KioskToken(String name, HashedSecret secret, int rotationSeconds, Collection<Long> departments) {
        String n = HashedSecret.checkedName(name, NAME_MAX, "kiosk.token.error.name");
        if (rotationSeconds < ROTATION_MIN || rotationSeconds > ROTATION_MAX) {
            throw new UserError("kiosk.token.error.rotation", ROTATION_MIN, ROTATION_MAX);
        }
        if (departments.size() > DEPARTMENTS_MAX) {
            throw new UserError("kiosk.token.error.departments", DEPARTMENTS_MAX);
        }
        this.name = n;
        this.secret = secret;
        this.rotationSeconds = rotationSeconds;
        this.departments.addAll(departments);
    }

    public String getName() {
        return name;
    }

    public HashedSecret getSecret() {
        return secret;
    }

    public int getRotationSeconds() {
        return rotationSeconds;
    }

    public Set<Long> getDepartments() {
        return Set.copyOf(departments);
    }

    public @Nullable Instant getLastSeenAt() {
        return lastSeenAt;
    }
}
