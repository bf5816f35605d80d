package app.bravo.shared.ui;

import app.bravo.shared.i18n.Language;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The language, theme and time zone of the person in front of this browser, kept in the Vaadin
 * session: taken from the person's stored choice at sign-in, from the browser before it.
 */
public final class UserSettings {

    private static final String LANGUAGE = "bravo.language";
    private static final String THEME = "bravo.theme";
    private static final String ZONE = "bravo.zone";
    private static final String FOR_PERSON = "bravo.settings-for";

    private UserSettings() {
    }

    /** What a signed-in person chose and stored: their language and theme codes. */
    public record StoredChoice(long personId, String language, String theme) {
    }

    /**
     * Sets locale, writing direction and colour scheme of a new UI, from the signed-in person's
     * stored choice (null before sign-in) the first time that person's session opens a tab.
     */
    public static void apply(UI ui, @Nullable VaadinRequest request, @Nullable StoredChoice stored) {
        VaadinSession session = ui.getSession();
        Long loadedFor = (Long) session.getAttribute(FOR_PERSON);
        if (stored != null && !Long.valueOf(stored.personId()).equals(loadedFor)) {
            session.setAttribute(LANGUAGE, Language.ofCode(stored.language()));
            session.setAttribute(THEME, Theme.ofCode(stored.theme()));
            session.setAttribute(FOR_PERSON, stored.personId());
        }
        Language language = (Language) session.getAttribute(LANGUAGE);
        if (language == null) {
            language = request != null ? Language.of(request.getLocale()) : Language.ENGLISH;
        }
        Theme theme = Optional.ofNullable((Theme) session.getAttribute(THEME)).orElse(Theme.LIGHT);
        session.setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.setDirection(language.direction());
        ui.getPage().setColorScheme(theme.scheme());
        ui.getElement().setAttribute("lang", language.code());
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", language.code());
        ui.getPage().retrieveExtendedClientDetails(details -> rememberZone(session, details.getTimeZoneId()));
    }

    public static Language language() {
        return Language.of(UI.getCurrent() != null ? UI.getCurrent().getLocale() : null);
    }

    public static Theme theme() {
        VaadinSession s = VaadinSession.getCurrent();
        Theme t = s == null ? null : (Theme) s.getAttribute(THEME);
        return t == null ? Theme.LIGHT : t;
    }

    /** Switches language for this session; the caller reloads the page so every view is rebuilt. */
    public static void setLanguage(Language language) {
        VaadinSession.getCurrent().setAttribute(LANGUAGE, language);
        VaadinSession.getCurrent().setLocale(language.locale());
    }

    public static void setTheme(Theme theme) {
        VaadinSession.getCurrent().setAttribute(THEME, theme);
        UI.getCurrent().getPage().setColorScheme(theme.scheme());
    }

    /** The reader's time zone as the browser reports it, UTC until it has. */
    public static ZoneId zone() {
        VaadinSession s = VaadinSession.getCurrent();
        ZoneId zone = s == null ? null : (ZoneId) s.getAttribute(ZONE);
        return zone == null ? ZoneOffset.UTC : zone;
    }

    static void rememberZone(VaadinSession session, @Nullable String zoneId) {
        if (zoneId != null && ZoneId.getAvailableZoneIds().contains(zoneId)) {
            session.setAttribute(ZONE, ZoneId.of(zoneId));
        }
    }

}
