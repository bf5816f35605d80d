package app.bravo.inbox.ui;

import app.bravo.inbox.InboxChanged;
import app.bravo.inbox.InboxItem;
import app.bravo.inbox.InboxService;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.PageTitles;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The signed-in person's inbox: their messages newest first, each translated in the reader's language
 * when shown, unread ones marked; opening one marks it read and goes where it points. Older messages
 * load a keyset page at a time; the list and the unread count follow {@link InboxChanged} live.
 */
@Route(InboxView.ROUTE)
@Menu(title = "nav.inbox", icon = "vaadin:envelope", order = 1)
@RolesAllowed(Roles.EMPLOYEE)
@StyleSheet("styles/inbox.css")
public class InboxView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "inbox";
    static final int PAGE_SIZE = 20;

    final Paragraph unread = new Paragraph();
    final Button markAllRead = new Button();
    final UnorderedList list = new UnorderedList();
    final Paragraph empty = new Paragraph();
    final Button more = new Button();
    /** The messages on screen by id, newest first. */
    final Map<Long, Row> rows = new LinkedHashMap<>();

    private final transient InboxService inbox;
    private @Nullable Long oldestShown;

    InboxView(InboxService inbox, Broadcaster broadcaster, CurrentUser currentUser) {
        this.inbox = inbox;
        addClassNames("view", "inbox-view");
        unread.addClassName("inbox-unread-count");
        unread.getElement().setAttribute("aria-live", "polite");
        markAllRead.setText(getTranslation("inbox.mark-all-read"));
        markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        markAllRead.addClickListener(e -> {
            inbox.markAllRead();
            refresh();
        });
        var toolbar = new Div(unread, markAllRead);
        toolbar.addClassName("inbox-toolbar");
        list.addClassName("inbox-list");
        list.getElement().setAttribute("aria-label", getTranslation("inbox.title"));
        empty.setText(getTranslation("inbox.empty"));
        empty.addClassName("inbox-empty");
        more.setText(getTranslation("inbox.more"));
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClassName("inbox-more");
        more.addClickListener(e -> loadMore());
        add(new H2(getTranslation("inbox.title")), toolbar, empty, list, more);
        refresh();

        long me = currentUser.require().personId();
        broadcaster.subscribeWhileAttached(this, InboxChanged.class, e -> {
            if (e.personId() == me) {
                try {
                    refresh();
                } catch (AuthenticationException | AccessDeniedException signedOut) {
                    // the reader's sign-in ended while the page stayed open: nothing to show them
                }
            }
        });
    }

    Optional<Row> row(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    /** Shows the newest messages again, as many as were on screen, and the unread count. */
    void refresh() {
        int shown = Math.max(PAGE_SIZE, rows.size());
        rows.clear();
        list.removeAll();
        oldestShown = null;
        show(inbox.mine(null, Math.min(shown, InboxService.PAGE_MAX)), shown);
        showUnread();
    }

    private void loadMore() {
        show(inbox.mine(oldestShown, PAGE_SIZE), PAGE_SIZE);
    }

    private void show(List<InboxItem> items, int asked) {
        for (InboxItem item : items) {
            var row = new Row(item);
            rows.put(item.id(), row);
            list.add(row);
            oldestShown = item.id();
        }
        // a full page may have more behind it; the next click finds out
        more.setVisible(items.size() == asked);
        empty.setVisible(rows.isEmpty());
    }

    private void showUnread() {
        long count = inbox.unreadCount();
        unread.setText(count == 0 ? getTranslation("inbox.all-read")
                : getTranslation("inbox.unread", Numbers.format(count, getLocale())));
        markAllRead.setEnabled(count > 0);
    }

    private void open(InboxItem item) {
        if (item.unread()) {
            inbox.markRead(item.id());
        }
        if (item.link() != null) {
            UI.getCurrent().navigate(item.link());
        } else {
            refresh();
        }
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d{1,18}");

    /** One message: its text (parameters inserted as text), when it came, and whether it is unread. */
    final class Row extends ListItem {

        final InboxItem item;
        final Button open = new Button();
        final Span text = new Span();
        final Span when;

        Row(InboxItem item) {
            this.item = item;
            addClassName("inbox-item");
            // a parameter that is a number (points, a count) is written in the reader's digits; other text stays as it is
            text.setText(getTranslation(item.messageKey(), item.params().stream()
                    .map(p -> NUMBER.matcher(p).matches() ? Numbers.format(Long.parseLong(p), getLocale()) : p).toArray()));
            text.addClassName("user-text");
            text.getElement().setAttribute("dir", "auto");
            when = new Span(Dates.dateTime(item.createdAt(), getLocale(), UserSettings.zone()));
            when.addClassName("inbox-when");
            var body = new Div(text, when);
            body.addClassName("inbox-body");
            if (item.unread()) {
                addClassName("inbox-unread");
                var mark = new Span(getTranslation("inbox.new"));
                mark.getElement().getThemeList().add("badge primary small");
                mark.addClassName("inbox-new");
                body.addComponentAsFirst(mark);
            }
            open.getElement().appendChild(body.getElement());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.addClassName("inbox-open");
            open.addClickListener(e -> open(item));
            add(open);
        }

        boolean unread() {
            return hasClassName("inbox-unread");
        }
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("inbox.title"));
    }
}
