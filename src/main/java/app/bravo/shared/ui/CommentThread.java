package app.bravo.shared.ui;

import app.bravo.shared.KeysetPage;
import app.bravo.shared.KeysetToken;
import app.bravo.shared.UserError;
import app.bravo.shared.time.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The comments under a wall note or a kudos, opened on demand: the thread a page at a time (oldest
 * first, "show more" reads the next page by its keyset cursor), each comment's author, time and
 * words as text in their own direction, hidden ones marked, and a field to add one. The feature
 * keeps its service: it reads the pages, posts, and gives each comment its buttons (report, hide).
 * The toggle that opens the thread is the card's to place, among its actions.
 */
@StyleSheet("styles/conversation.css")
public class CommentThread extends Div {

    /** A comment as the thread shows it; {@code author} is null once the author is erased. */
    public record Line(long id, @Nullable Author author, String text, Instant at, boolean hidden) {
    }

    /** Who wrote a comment, and where their profile is. */
    public record Author(String name, String profile) {
    }

    /** Reads the page of the thread just after the cursor, from the first comment without one. */
    @FunctionalInterface
    public interface Pages {
        KeysetPage<Line> read(@Nullable KeysetToken after);
    }

    private final Button toggle = new Button();
    private final Div list = new Div();
    private final Button more = new Button();
    private final TextArea input = new TextArea();
    private final Button post = new Button();
    private final transient Pages pages;
    private final transient Function<Line, List<Component>> actions;
    private long count;
    private boolean loaded;
    private @Nullable KeysetToken next;

    /**
     * @param count   the visible comments now
     * @param maxLength what the field lets one type (twice the rule, so that the rule's message shows)
     * @param poster  adds a comment; a refusal ({@link UserError}) shows on the field
     * @param actions the buttons a visible comment gets for this reader
     */
    public CommentThread(long count, int maxLength, Pages pages, Consumer<String> poster, Function<Line, List<Component>> actions) {
        this.count = count;
        this.pages = pages;
        this.actions = actions;
        addClassName("comments");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        toggle.addClassName("comments-toggle");
        toggle.addClickListener(e -> toggleOpen());
        list.addClassName("comment-list");
        more.setText(getTranslation("conversation.comments.more"));
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        more.addClassName("comments-more");
        more.addClickListener(e -> showMore());
        more.setVisible(false);
        input.setLabel(getTranslation("conversation.comment.label"));
        input.setPlaceholder(getTranslation("conversation.comment.placeholder"));
        input.setMaxLength(maxLength);
        input.addClassNames("comment-input", "user-text");
        input.getElement().setAttribute("dir", "auto");
        post.setText(getTranslation("conversation.comment.post"));
        post.addThemeVariants(ButtonVariant.LUMO_SMALL);
        post.addClickListener(e -> post(poster));
        add(list, more, input, post);
        setVisible(false);
        showCount();
    }

    public Button toggle() {
        return toggle;
    }

    public Div list() {
        return list;
    }

    public Button more() {
        return more;
    }

    public TextArea input() {
        return input;
    }

    public Button post() {
        return post;
    }

    /** Opens or closes the thread; the first opening reads its first page. */
    public void toggleOpen() {
        setVisible(!isVisible());
        if (isVisible() && !loaded) {
            reload();
        }
        showCount();
    }

    /** The visible comments as they are now (a live change): an open thread reads itself again, a closed one when opened. */
    public void showCount(long now) {
        if (now != count) {
            count = now;
            if (isVisible()) {
                reload();
            } else {
                loaded = false;
            }
            showCount();
        }
    }

    /** A comment was hidden here: one fewer, the thread read again. */
    public void hidden() {
        count = Math.max(0, count - 1);
        reload();
        showCount();
    }

    /** Reads the thread again from its first page. */
    public void reload() {
        loaded = true;
        list.removeAll();
        next = null;
        read(null);
    }

    void showMore() {
        if (next != null) {
            read(next);
        }
    }

    private void read(@Nullable KeysetToken after) {
        try {
            KeysetPage<Line> page = pages.read(after);
            page.items().forEach(c -> list.add(line(c)));
            next = page.next();
        } catch (UserError e) {
            next = null;
            Notification.show(getTranslation(e.key(), e.args()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        more.setVisible(next != null);
    }

    private void post(Consumer<String> poster) {
        try {
            poster.accept(input.getValue());
            input.clear();
            input.setInvalid(false);
            count++;
            reload();
            showCount();
        } catch (UserError e) {
            input.setErrorMessage(getTranslation(e.key(), e.args()));
            input.setInvalid(true);
        }
    }

    private void showCount() {
        toggle.setText("💬 " + getTranslation("conversation.comments", count));
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(isVisible()));
    }

    private Div line(Line c) {
        var div = new Div();
        div.addClassName("comment");
        var head = new Div();
        head.addClassName("comment-head");
        if (c.author() != null) {
            var a = new Anchor(c.author().profile(), c.author().name());
            a.addClassName("user-text");
            a.getElement().setAttribute("dir", "auto");
            head.add(a);
        } else {
            head.add(new Span(getTranslation("conversation.comment.former")));
        }
        var when = new Span(Dates.dateTime(c.at(), getLocale(), UserSettings.zone()));
        when.addClassName("secondary");
        head.add(when);
        var text = new Paragraph(c.text());
        text.addClassName("user-text");
        text.getElement().setAttribute("dir", "auto");
        div.add(head, text);
        if (c.hidden()) {
            div.addClassName("comment-hidden");
            var mark = new Span(getTranslation("conversation.comment.hidden"));
            mark.getElement().getThemeList().add("badge error");
            head.add(mark);
        } else {
            actions.apply(c).forEach(head::add);
        }
        return div;
    }

    /** A small button for a comment's head (report, hide); {@code danger} for the moderators' ones. */
    public static Button action(String text, boolean danger, Runnable onClick) {
        var b = new Button(text);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (danger) {
            b.addThemeVariants(ButtonVariant.LUMO_ERROR);
            b.addClassName("comment-hide");
        }
        b.addClickListener(e -> onClick.run());
        return b;
    }
}
