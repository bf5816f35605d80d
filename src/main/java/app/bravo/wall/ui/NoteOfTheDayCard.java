package app.bravo.wall.ui;

import app.bravo.shared.i18n.Bidi;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.ui.HomeCard;
import app.bravo.shared.ui.NoteAction;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.NoteFeatured;
import app.bravo.wall.NoteOfTheDay;
import app.bravo.wall.NoteView;
import app.bravo.wall.ScreenNote;
import app.bravo.wall.WallFilter;
import app.bravo.wall.WallService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.AuthenticationException;

/**
 * The home page's "note of the day" card (order 5). Moderators may choose another published note
 * in a dialog; the card follows changes live. Under the note stand the actions other features add
 * to a published note (recognition's "thank them").
 */
@org.springframework.stereotype.Component
@Order(5)
class NoteOfTheDayCard implements HomeCard {

    static final int RECENT = 30;

    private final NoteOfTheDay noteOfTheDay;
    private final FeedbackService feedback;
    private final CurrentUser currentUser;
    private final Broadcaster broadcaster;
    private final WallService wall;
    private final NoteActions noteActions;

    NoteOfTheDayCard(NoteOfTheDay noteOfTheDay, FeedbackService feedback, CurrentUser currentUser, Broadcaster broadcaster,
                     WallService wall, List<NoteAction> noteActions) {
        this.noteOfTheDay = noteOfTheDay;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
        this.wall = wall;
        this.noteActions = new NoteActions(noteActions);
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
    @StyleSheet("styles/wall.css")
    final class Panel extends Section {

        final H3 title = new H3();
        final Paragraph quote = new Paragraph();
        final Paragraph by = new Paragraph();
        final Div actions = new Div();
        final Button choose = new Button();
        final Dialog dialog = new Dialog();
        final Grid<NoteView> candidates = new Grid<>();

        Panel(boolean moderator) {
            addClassNames("home-card", "note-of-the-day-card");
            title.setText(getTranslation("kiosk.today.title"));
            quote.addClassNames("note-quote", "user-text");
            by.addClassNames("secondary", "user-text");
            actions.addClassName("wall-summary-actions");
            add(title, quote, by, actions);
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
            actions.removeAll();
            if (!noteActions.isEmpty()) {
                try {
                    // today's note as the wall shows it: the actions need the people it credits
                    today.flatMap(n -> wall.find(n.id(), WallFilter.NONE))
                            .ifPresent(n -> noteActions.create(n.note()).forEach(actions::add));
                } catch (AuthenticationException signedOut) {
                    // a live change reached a home page whose sign-in has ended: the note shows, its actions do not
                }
            }
            actions.setVisible(actions.getComponentCount() > 0);
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
