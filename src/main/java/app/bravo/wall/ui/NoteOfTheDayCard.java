package app.bravo.wall.ui;

import app.bravo.shared.i18n.Bidi;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.ui.HomeCard;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.NoteFeatured;
import app.bravo.wall.NoteOfTheDay;
import app.bravo.wall.NoteView;
import app.bravo.wall.ScreenNote;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;

/**
 * The home page's "note of the day" card (order 5). Moderators may choose another published note
 * in a dialog; the card follows changes live.
 */
@org.springframework.stereotype.Component
@Order(5)
class NoteOfTheDayCard implements HomeCard {

    static final int RECENT = 30;

    private final NoteOfTheDay noteOfTheDay;
    private final FeedbackService feedback;
    private final CurrentUser currentUser;
    private final Broadcaster broadcaster;

    NoteOfTheDayCard(NoteOfTheDay noteOfTheDay, FeedbackService feedback, CurrentUser currentUser, Broadcaster broadcaster) {
        this.noteOfTheDay = noteOfTheDay;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        boolean moderator = currentUser.get().map(u -> u.has(Role.MODERATOR) || u.has(Role.ADMIN)).orElse(false);
        return Optional.of(new Panel(moderator));
    }

    /** The card itself: one per home page. */
    final class Panel extends Section {

        final H3 title = new H3();
        final Paragraph quote = new Paragraph();
        final Paragraph by = new Paragraph();
        final Button choose = new Button();
        final Dialog dialog = new Dialog();
        final Grid<NoteView> candidates = new Grid<>();

        Panel(boolean moderator) {
            addClassNames("home-card", "note-of-the-day-card");
            title.setText(getTranslation("kiosk.today.title"));
            quote.addClassNames("note-quote", "user-text");
            by.addClassNames("secondary", "user-text");
            add(title, quote, by);
            show();

            if (moderator) {
                choose.setText(getTranslation("kiosk.today.choose"));
                choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                choose.addClickListener(e -> openDialog());
                candidates.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
                candidates.addColumn(NoteView::quote).setFlexGrow(3);
                candidates.addColumn(n -> attribution(n.customerName(), n.company())).setFlexGrow(1);
                candidates.addComponentColumn(n -> {
                    var b = new Button(getTranslation("kiosk.today.feature"), e -> feature(n.id()));
                    b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    return b;
                }).setAutoWidth(true).setFlexGrow(0);
                candidates.setEmptyStateText(getTranslation("kiosk.today.dialog.empty"));
                candidates.setAriaLabel(getTranslation("kiosk.today.dialog.title"));
                dialog.setHeaderTitle(getTranslation("kiosk.today.dialog.title"));
                dialog.add(candidates);
                dialog.setWidth("56rem");
                dialog.setMaxWidth("100%");
                var cancel = new Button(getTranslation("kiosk.cancel"), e -> dialog.close());
                dialog.getFooter().add(cancel);
                add(choose, dialog);
            }
            broadcaster.subscribeWhileAttached(this, NoteFeatured.class, e -> show());
        }

        void show() {
            Optional<ScreenNote> today = noteOfTheDay.today();
            quote.setText(today.map(ScreenNote::quote).orElse(getTranslation("kiosk.today.empty")));
            by.setText(today.map(n -> "— " + attribution(n.customerName(), n.company())).orElse(""));
            by.setVisible(today.isPresent());
        }

        void openDialog() {
            candidates.setItems(feedback.published(null, RECENT).items());
            dialog.open();
        }

        void feature(long noteId) {
            try {
                noteOfTheDay.feature(noteId);
                dialog.close();
                show();
                var n = Notification.show(getTranslation("kiosk.today.changed"), 4000, Notification.Position.BOTTOM_START);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (UserError e) {
                var n = Notification.show(getTranslation(e.key(), e.args()), 6000, Notification.Position.TOP_CENTER);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }

        private String attribution(@Nullable String customer, @Nullable String company) {
            String who = customer == null ? getTranslation("kiosk.anonymous") : customer;
            return company == null ? Bidi.isolate(who) : Bidi.isolate(who) + ", " + Bidi.isolate(company);
        }
    }
}
