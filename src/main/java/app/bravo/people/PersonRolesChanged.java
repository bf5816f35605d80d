package app.bravo.people;

import app.bravo.security.Role;
import java.util.Set;

/** A person's roles changed (by an administrator or an import): their open sessions get the new roles at once. */
public record PersonRolesChanged(long personId, Set<Role> roles) {

    public PersonRolesChanged {
        roles = Set.copyOf(roles);
    }
}
