package app.bravo.shell;

import app.bravo.security.BravoUser;
import app.bravo.shared.ui.UserSettings;
import app.bravo.shared.UserError;
import app.bravo.shared.db.DatabaseUnavailable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Prepares every new browser tab: language, writing direction and theme of its person, and an
 * error handler that turns a failure into a message in the person's language. The full error,
 * with an id the message quotes, goes to the log only.
 */
@Component
class UiSetup implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSetup.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> UserSettings.apply(e.getUI(), VaadinRequest.getCurrent(), storedChoice()));
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(UiSetup::handle));
    }

    static void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Error outside a UI", event.getThrowable());
            return;
        }
        Throwable t = rootOf(event.getThrowable());
        String message;
        if (t instanceof UserError e) {
            message = ui.getTranslation(e.key(), e.args());
        } else if (t instanceof AccessDeniedException || t instanceof AuthorizationDeniedException) {
            message = ui.getTranslation("error.not-allowed");
        } else if (DatabaseUnavailable.is(event.getThrowable())) {
            // not a bug to hunt: the database did not answer in time; it comes back by itself
            log.warn("Database not answering: {}", event.getThrowable().toString());
            message = ui.getTranslation("error.database-unavailable");
        } else {
            String id = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error {}", id, event.getThrowable());
            message = ui.getTranslation("error.unexpected", id);
        }
        ui.access(() -> {
            var n = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        });
    }

    private static UserSettings.@Nullable StoredChoice storedChoice() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof BravoUser u
                ? new UserSettings.StoredChoice(u.personId(), u.language(), u.theme())
                : null;
    }

    private static Throwable rootOf(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c && !(c instanceof UserError)) {
            c = c.getCause();
        }
        return c;
    }
}
