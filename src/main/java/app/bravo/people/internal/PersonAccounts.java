package app.bravo.people.internal;

import app.bravo.people.PasswordChanged;
import app.bravo.people.PersonDeactivated;
import app.bravo.people.PersonReactivated;
import app.bravo.people.PersonRolesChanged;
import app.bravo.security.ActiveSessions;
import app.bravo.security.BravoUser;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.ui.OwnPhoto;
import app.bravo.shared.ui.Preferences;
import app.bravo.shared.upload.Uploads;
import java.util.Optional;
import app.bravo.shared.ui.Theme;
import app.bravo.security.CurrentUser;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * People as accounts: sign-in looks them up here (only active people with a password), their
 * language and theme are stored here, a deactivation ends their open sessions, a change of roles
 * reaches their open sessions, once committed, and a change of one's own password ends one's other
 * sessions.
 */
@Component
class PersonAccounts implements UserDetailsService, Preferences, OwnPhoto {

    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final ActiveSessions sessions;

    PersonAccounts(PersonRepository people, CurrentUser currentUser, ActiveSessions sessions) {
        this.people = people;
        this.currentUser = currentUser;
        this.sessions = sessions;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // the same answer for an unknown, a deactivated and a password-less account
        return people.findByEmail(username.strip().toLowerCase(Locale.ROOT))
                .filter(p -> p.isActive() && p.getPasswordHash() != null)
                .map(p -> new BravoUser(p.getId(), p.getEmail(), p.getDisplayName(), p.getPasswordHash(),
                        p.getRoles(), p.getLanguage(), p.getTheme()))
                .orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void saveLanguage(Language language) {
        currentUser.get().flatMap(u -> people.findById(u.personId())).ifPresent(p -> p.setLanguage(language.code()));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void saveTheme(Theme theme) {
        currentUser.get().flatMap(u -> people.findById(u.personId())).ifPresent(p -> p.setTheme(theme.code()));
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> url() {
        return currentUser.get().flatMap(u -> people.findById(u.personId()))
                .map(p -> p.getPhotoKey()).map(Uploads::url);
    }

    @TransactionalEventListener
    void on(PasswordChanged event) {
        sessions.endOtherSessions(event.personId(), event.keepSessionId());
    }

    @TransactionalEventListener
    void on(PersonDeactivated event) {
        sessions.revoke(event.personId());
    }

    @TransactionalEventListener
    void on(PersonRolesChanged event) {
        sessions.updateRoles(event.personId(), event.roles());
    }

    @TransactionalEventListener
    void on(PersonReactivated event) {
        sessions.restore(event.personId());
    }
}
