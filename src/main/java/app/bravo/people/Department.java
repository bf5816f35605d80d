package app.bravo.people;

import app.bravo.shared.TextRules;
import app.bravo.shared.AbstractEntity;
import app.bravo.shared.UserError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A department; departments form a tree through their parent. */
@Entity
@Table(name = "department")
public class Department extends AbstractEntity {

    public static final int NAME_MAX = 120;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private @Nullable Department parent;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected Department() {
    }

    public Department(String name, @Nullable Department parent) {
        setName(name);
        setParent(parent);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        String n = TextRules.check(name, true, NAME_MAX, "departments.error.name");
        this.name = n;
    }

    public @Nullable Department getParent() {
        return parent;
    }

    /** Sets the parent, refusing a cycle (a department under itself or under its own descendant). */
    public void setParent(@Nullable Department parent) {
        for (Department d = parent; d != null; d = d.getParent()) {
            if (d == this || (getId() != null && getId().equals(d.getId()))) {
                throw new UserError("departments.error.cycle");
            }
        }
        this.parent = parent;
    }
}
