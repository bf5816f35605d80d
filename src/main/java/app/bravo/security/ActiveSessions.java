package app.bravo.security;

import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Knows the open sessions of each person, so that deactivating someone ends them at once (every
 * session of theirs is invalidated and each open browser tab is sent to the sign-in page) and a
 * change of their roles reaches them at once. The map
 * is filled by a filter that sees each authenticated request and emptied as sessions end.
 * <p>
 * With several instances each instance ends its own sessions; the deactivation event reaches all
 * of them once broadcasts cross instances (DESIGN section 4); so does a change of roles.
 */
public class ActiveSessions extends OncePerRequestFilter implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(ActiveSessions.class);
    private static final String PERSON_ATTRIBUTE = ActiveSessions.class.getName() + ".person";
    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Map<Long, Set<HttpSession>> byPerson = new ConcurrentHashMap<>();
    private final Set<Long> revoked = ConcurrentHashMap.newKeySet();
    private final CurrentUser currentUser;

    public ActiveSessions(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = currentUser.get();
        HttpSession session = request.getSession(false);
        if (user.isPresent() && session != null) {
            long personId = user.get().personId();
            if (revoked.contains(personId)) {
                end(session);
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
                return;
            }
            if (session.getAttribute(PERSON_ATTRIBUTE) == null) {
                session.setAttribute(PERSON_ATTRIBUTE, personId);
                byPerson.computeIfAbsent(personId, id -> ConcurrentHashMap.newKeySet()).add(session);
            }
        }
        chain.doFilter(request, response);
    }

    /** Ends every open session of the person and refuses their old sessions from now on. */
    public void revoke(long personId) {
        revoked.add(personId);
        Set<HttpSession> sessions = byPerson.remove(personId);
        if (sessions != null) {
            sessions.forEach(ActiveSessions::end);
            log.info("Ended {} open session(s) of deactivated person {}", sessions.size(), personId);
        }
    }

    /**
     * Gives every open session of the person these roles at once: the authentication stored in the
     * session is replaced, so the next request, push message or service call is checked against the
     * new roles. A tab of a session that lost a role reloads, so that the page it shows and its menu
     * are checked again; a role given shows from the next page on.
     */
    public void updateRoles(long personId, Set<Role> roles) {
        Set<HttpSession> sessions = byPerson.getOrDefault(personId, Set.of());
        int lost = 0;
        for (HttpSession session : sessions) {
            if (updateRoles(session, roles)) {
                reloadTabs(session);
                lost++;
            }
        }
        if (!sessions.isEmpty()) {
            log.info("Gave {} open session(s) of person {} their new roles ({} lost a role)", sessions.size(), personId, lost);
        }
    }

    /** Whether the session lost a role. */
    private static boolean updateRoles(HttpSession session, Set<Role> roles) {
        try {
            if (session.getAttribute(CONTEXT) instanceof SecurityContext context
                    && context.getAuthentication() instanceof Authentication auth
                    && auth.getPrincipal() instanceof BravoUser user) {
                BravoUser updated = user.withRoles(roles);
                var token = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
                token.setDetails(auth.getDetails());
                // the same context object is what requests under way and Vaadin's push read; setting it
                // again also reaches session stores that keep a copy
                context.setAuthentication(token);
                session.setAttribute(CONTEXT, context);
                return !roles.containsAll(user.roles());
            }
        } catch (IllegalStateException alreadyInvalid) {
            // the session ended in the meantime
        }
        return false;
    }

    private static void reloadTabs(HttpSession session) {
        try {
            for (VaadinSession vs : VaadinSession.getAllSessions(session)) {
                vs.access(() -> vs.getUIs().forEach(ui -> ui.getPage().reload()));
            }
        } catch (IllegalStateException e) {
            log.debug("Could not reload the open tabs of a session", e);
        }
    }

    /**
     * Ends every open session of the person except the one with id {@code keepSessionId} (the
     * person's own, after they changed their password); unlike {@link #revoke} they may go on
     * signing in.
     */
    public int endOtherSessions(long personId, @Nullable String keepSessionId) {
        Set<HttpSession> sessions = byPerson.getOrDefault(personId, Set.of());
        int ended = 0;
        for (HttpSession session : Set.copyOf(sessions)) {
            String id;
            try {
                id = session.getId();
            } catch (IllegalStateException alreadyInvalid) {
                sessions.remove(session);
                continue;
            }
            if (!id.equals(keepSessionId)) {
                sessions.remove(session);
                end(session);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} other session(s) of person {} after a password change", ended, personId);
        }
        return ended;
    }

    /** The id of the HTTP session of the request or Vaadin session at hand, if any. */
    public static @Nullable String currentSessionId() {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin != null && vaadin.getSession() != null) {
            return vaadin.getSession().getId();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpSession session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    /** A reactivated person may sign in again; old sessions stay ended. */
    public void restore(long personId) {
        revoked.remove(personId);
    }

    public int openSessions(long personId) {
        return byPerson.getOrDefault(personId, Set.of()).size();
    }

    /** Records a session for a person; the filter does this for real requests. */
    void register(long personId, HttpSession session) {
        session.setAttribute(PERSON_ATTRIBUTE, personId);
        byPerson.computeIfAbsent(personId, id -> ConcurrentHashMap.newKeySet()).add(session);
    }

    private static void end(HttpSession session) {
        try {
            for (VaadinSession vs : VaadinSession.getAllSessions(session)) {
                // tell each open tab to leave before the session goes; a tab without push
                // finds the session gone on its next request and reloads to the sign-in page
                vs.access(() -> vs.getUIs().forEach(ui -> ui.getPage().setLocation("login")))
                        .get(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | IllegalStateException e) {
            log.debug("Could not redirect the open tabs of an ended session", e);
        }
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // the session ended by itself in the meantime
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            Object id = event.getSession().getAttribute(PERSON_ATTRIBUTE);
            if (id instanceof Long personId) {
                byPerson.computeIfPresent(personId, (k, set) -> {
                    set.remove(event.getSession());
                    return set.isEmpty() ? null : set;
                });
            }
        } catch (IllegalStateException alreadyInvalid) {
            // nothing to clean
        }
    }
}
