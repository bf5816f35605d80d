package app.bravo.people;

import app.bravo.shared.TextRules;
import app.bravo.shared.AbstractEntity;
import app.bravo.shared.UserError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One of the company's values, which recognition and practices are tied to. */
@Entity
@Table(name = "company_value")
public class CompanyValue extends AbstractEntity {

    public static final int NAME_MAX = 60;
    public static final int DESCRIPTION_MAX = 400;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected CompanyValue() {
    }

    public CompanyValue(String name, String description, int position) {
        setName(name);
        setDescription(description);
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        String n = TextRules.check(name, true, NAME_MAX, "values.error.name");
        this.name = n;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        String d = description.strip();
        if (d.codePointCount(0, d.length()) > DESCRIPTION_MAX) {
            throw new UserError("values.error.description.too-long", DESCRIPTION_MAX);
        }
        if (d.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new UserError(TextRules.CONTROL_CHARACTERS);
        }
        this.description = d;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
