package app.bravo.people;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditService;
import app.bravo.people.internal.PersonRepository;
import app.bravo.security.ActiveSessions;
import app.bravo.security.CurrentUser;
import app.bravo.security.PasswordPolicy;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.upload.ImageRules;
import app.bravo.shared.upload.StoredImage;
import app.bravo.shared.upload.Uploads;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every person changes about themselves (DESIGN section 3, {@code /settings}): their own
 * password, and what they own of their profile, a photo and a short "about me". Each method acts
 * on the signed-in person only; there is no person id to pass, so none can be forged. Job title
 * and department stay the directory's (administrators and the CSV import). Language and theme are
 * stored through {@link app.bravo.shared.ui.Preferences}, as from the avatar menu.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class SettingsService {

    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditService audit;
    private final Uploads uploads;
    private final ApplicationEventPublisher events;

    SettingsService(PersonRepository people, CurrentUser currentUser, PasswordEncoder passwordEncoder,
                    PasswordPolicy passwordPolicy, AuditService audit, Uploads uploads, ApplicationEventPublisher events) {
        this.people = people;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.uploads = uploads;
        this.events = events;
    }

    public MySettings mine() {
        Person p = me();
        return new MySettings(p.getId(), p.getDisplayName(), p.getEmail(), p.getLanguage(), p.getTheme(),
                p.getAboutMe(), p.getPhotoKey());
    }

    /**
     * Changes the signed-in person's password: the current one must be given, the new one meets the
     * sign-in policy, and every other session of theirs ends once committed (this one stays).
     *
     * @throws UserError {@code settings.password.wrong-current}, {@code settings.password.same} or a
     *                   {@code password.*} key of {@link PasswordPolicy}
     */
    @Transactional
    public void changePassword(String current, String next) {
        Person p = me();
        if (p.getPasswordHash() == null || !passwordEncoder.matches(current, p.getPasswordHash())) {
            throw new UserError("settings.password.wrong-current");
        }
        passwordPolicy.problem(next).ifPresent(key -> { throw new UserError(key); });
        if (next.equals(current)) {
            throw new UserError("settings.password.same");
        }
        p.setPasswordHash(passwordEncoder.encode(next));
        audit.record(AuditAction.PASSWORD_CHANGED, "person", p.getId(), p.getEmail());
        events.publishEvent(new PasswordChanged(p.getId(), ActiveSessions.currentSessionId()));
    }

    /** Saves the signed-in person's "about me" (plain text, at most {@link Person#ABOUT_MAX} characters). */
    @Transactional
    public void saveAboutMe(@Nullable String text) {
        me().setAboutMe(text);
    }

    /**
     * Makes this image the signed-in person's photo, through the upload service (type checked from
     * the content, metadata stripped, scaled to at most {@link ImageRules#PHOTO}'s side); the
     * previous photo is deleted.
     *
     * @return the address of the new photo
     */
    @Transactional
    public String savePhoto(byte[] image) {
        Person p = me();
        StoredImage stored = uploads.storeImage(image, ImageRules.PHOTO);
        String old = p.getPhotoKey();
        p.setPhotoKey(stored.key());
        people.flush();
        if (old != null) {
            uploads.delete(old);
        }
        return stored.url();
    }

    @Transactional
    public void removePhoto() {
        Person p = me();
        String old = p.getPhotoKey();
        if (old != null) {
            p.setPhotoKey(null);
            people.flush();
            uploads.delete(old);
        }
    }

    private Person me() {
        long id = currentUser.require().personId();
        return people.findById(id).filter(Person::isActive).orElseThrow(() -> new UserError("people.error.not-found"));
    }
}
