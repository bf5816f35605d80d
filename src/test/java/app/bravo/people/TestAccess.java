package app.bravo.people;

import app.bravo.security.Role;
import java.util.Set;

/** Lets test fixtures set what only the people service sets in production. */
public final class TestAccess {
    private TestAccess() {
    }

    public static void setRoles(Person p, Set<Role> roles) {
        p.setRoles(roles);
    }

    public static void setPasswordHash(Person p, String hash) {
        p.setPasswordHash(hash);
    }

    public static void setActive(Person p, boolean active) {
        p.setActive(active);
    }
}
