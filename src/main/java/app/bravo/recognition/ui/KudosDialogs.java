package app.bravo.recognition.ui;

import app.bravo.people.PeopleService;
import app.bravo.recognition.KudosService;
import app.bravo.security.CurrentUser;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Opens the "give kudos" dialog from anywhere in recognition's screens and slots (the feed, the home
 * card, a profile, the "thank them" action on a customer note), with recipients and a customer's
 * quote preset. A kudos given is confirmed with a notification.
 */
@Component
public class KudosDialogs {

    private final KudosService kudos;
    private final PeopleService people;
    private final CurrentUser currentUser;

    KudosDialogs(KudosService kudos, PeopleService people, CurrentUser currentUser) {
        this.kudos = kudos;
        this.people = people;
        this.currentUser = currentUser;
    }

    /** Opens the dialog empty. */
    public GiveKudosDialog open() {
        return open(List.of(), null, id -> { });
    }

    /** Opens the dialog for these people (the signed-in person is left out), quoting a customer's words if given. */
    public GiveKudosDialog open(Collection<Long> recipientIds, @Nullable String quote) {
        return open(recipientIds, quote, id -> { });
    }

    /** As {@link #open(Collection, String)}, and tells {@code onGiven} the new kudos's id. */
    public GiveKudosDialog open(Collection<Long> recipientIds, @Nullable String quote, LongConsumer onGiven) {
        var dialog = new GiveKudosDialog(kudos, people, currentUser.require().personId(), recipientIds, quote, id -> {
            Notification.show(dialogText("kudos.give.done"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            onGiven.accept(id);
        });
        // on the UI itself, so the dialog stays while the view beneath it changes, and goes once closed
        var ui = com.vaadin.flow.component.UI.getCurrent();
        if (ui != null) {
            ui.add(dialog);
            dialog.addOpenedChangeListener(e -> {
                if (!e.isOpened()) {
                    dialog.removeFromParent();
                }
            });
        }
        dialog.open();
        return dialog;
    }

    private static String dialogText(String key) {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key);
    }
}
