package app.bravo.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services and views. */
@Component
public class CurrentUser {

    public Optional<BravoUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof BravoUser user ? Optional.of(user) : Optional.empty();
    }

    public BravoUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No one is signed in"));
    }

    /** The e-mail recorded as the actor of an action; "system" for start-up work such as demo seeding. */
    public String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
