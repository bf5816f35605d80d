package app.bravo.people;

import app.bravo.shared.TextRules;
import app.bravo.shared.AbstractEntity;
import app.bravo.shared.UserError;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One of the company's values, which recognition and practices are tied to. It has an English and a
 * Persian name and description (issue 13), each shown to readers of that language; both names are
 * required and unique, both descriptions optional.
 */
@Entity
@Table(name = "company_value")
public class CompanyValue extends AbstractEntity {

    public static final int NAME_MAX = 60;
    public static final int DESCRIPTION_MAX = 400;

    @Column(nullable = false, unique = true, length = NAME_MAX)
    private String name;

    @Column(name = "name_fa", nullable = false, unique = true, length = NAME_MAX)
    private String nameFa;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "description_fa", nullable = false, length = DESCRIPTION_MAX)
    private String descriptionFa;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private boolean active = true;

    protected CompanyValue() {
    }

    public CompanyValue(String name, String nameFa, String description, String descriptionFa, int position) {
        setName(name);
        setNameFa(nameFa);
        setDescription(description);
        setDescriptionFa(descriptionFa);
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = TextRules.check(name, true, NAME_MAX, "values.error.name");
    }

    public String getNameFa() {
        return nameFa;
    }

    public void setNameFa(String nameFa) {
        this.nameFa = TextRules.check(nameFa, true, NAME_MAX, "values.error.persian-name");
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = checkDescription(description, "values.error.description.too-long");
    }

    public String getDescriptionFa() {
        return descriptionFa;
    }

    public void setDescriptionFa(String descriptionFa) {
        this.descriptionFa = checkDescription(descriptionFa, "values.error.persian-description.too-long");
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

    /** A description keeps its line breaks, unlike a name. */
    private static String checkDescription(String description, String tooLongKey) {
        String d = description.strip();
        if (d.codePointCount(0, d.length()) > DESCRIPTION_MAX) {
            throw new UserError(tooLongKey, DESCRIPTION_MAX);
        }
        if (d.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new UserError(TextRules.CONTROL_CHARACTERS);
        }
        return d;
    }
}
