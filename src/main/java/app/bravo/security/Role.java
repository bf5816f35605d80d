package app.bravo.security;

/** The roles a person can hold (DESIGN section 1). Stored by name. */
public enum Role {
    EMPLOYEE, MANAGER, MODERATOR, HR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
