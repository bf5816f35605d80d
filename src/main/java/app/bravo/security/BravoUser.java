package app.bravo.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them. Held in the session, so it carries no entity. */
public record BravoUser(long personId, String email, String displayName, @Nullable String passwordHash,
                        Set<Role> roles, String language, String theme) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> list = roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
        return list;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    /** The copy kept in the session after sign-in: the hash is not needed there. */
    public BravoUser withoutPassword() {
        return new BravoUser(personId, email, displayName, null, roles, language, theme);
    }

    /** The same person with other roles, for a session whose roles changed while it was open. */
    public BravoUser withRoles(Set<Role> newRoles) {
        return new BravoUser(personId, email, displayName, passwordHash, Set.copyOf(newRoles), language, theme);
    }

    @Override
    public String toString() {
        return "BravoUser[" + personId + ", " + email + ", " + roles + "]";
    }
}
