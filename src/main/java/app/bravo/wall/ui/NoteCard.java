package app.bravo.wall.ui;

import app.bravo.shared.i18n.Numbers;
import app.bravo.people.ui.ProfileView;
import app.bravo.shared.UserError;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.UserSettings;
import app.bravo.wall.CommentView;
import app.bravo.wall.Credit;
import app.bravo.wall.NoteView;
import app.bravo.wall.Reaction;
import app.bravo.wall.Reactions;
import app.bravo.wall.WallNote;
import app.bravo.wall.WallService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;

/**
 * One note on the wall: the customer's words (always as text, never as markup), who said them,
 * channel, score and date, whom they credit, tags, reactions and comments, and after them the
 * actions other features add to a published note ({@link NoteActions}).
 */
class NoteCard extends Div {

    static final int COMMENTS_SHOWN = 100;
    private static final Map<Reaction, String> EMOJI = Map.of(
            Reaction.LOVE, "❤️", Reaction.CLAP, "👏", Reaction.INSPIRED, "💡", Reaction.SMILE, "😊");

    final long noteId;
    final Paragraph quote = new Paragraph();
    final Span customer = new Span();
    final Map<Reaction, Button> reactions = new EnumMap<>(Reaction.class);
    final Button commentsToggle = new Button();
    final Div commentsPanel = new Div();
    final Div commentList = new Div();
    final TextArea commentInput = new TextArea();
    final Button postComment = new Button();

    private final transient WallService wall;
    private final boolean moderator;
    private long commentCount;
    private boolean commentsLoaded;

    NoteCard(WallNote item, WallService wall, boolean moderator, NoteActions noteActions) {
        this.wall = wall;
        this.moderator = moderator;
        this.noteId = item.id();
        this.commentCount = item.comments();
        NoteView n = item.note();
        addClassName("wall-card");
        getElement().setAttribute("role", "article");

        var meta = new Div();
        meta.addClassName("wall-card-meta");
        var channel = new Span(getTranslation("wallui.channel." + n.channel().name()));
        channel.addClassName("wall-channel");
        meta.add(channel);
        if (n.score() != null && n.scoreType() != null) {
            var score = new Span(getTranslation("wallui.score", n.scoreType().name(), n.score(), n.scoreType().max()));
            score.getElement().getThemeList().add("badge " + scoreTheme(n));
            score.addClassName("wall-score");
            meta.add(score);
        }
        var date = new Span(Dates.date(n.receivedOn(), getLocale()));
        date.addClassName("wall-date");
        meta.add(date);

        quote.setText(n.quote());
        quote.addClassNames("wall-quote", "user-text");

        customer.setText(n.customerName() == null ? getTranslation("wallui.anonymous") : n.customerName());
        customer.addClassNames("wall-customer", "user-text");
        customer.getElement().setAttribute("dir", "auto");
        var source = new Div(customer);
        source.addClassName("wall-source");
        if (n.company() != null) {
            var company = new Span(n.company());
            company.addClassNames("wall-company", "user-text");
            company.getElement().setAttribute("dir", "auto");
            source.add(company);
        }
        add(meta, quote, source);

        if (!n.creditedPeople().isEmpty() || !n.creditedDepartments().isEmpty()) {
            var credits = new Div();
            credits.addClassName("wall-credits");
            credits.add(new Span(getTranslation("wallui.card.credited")));
            for (Credit c : n.creditedPeople()) {
                var a = new Anchor(ProfileView.path(c.id()), c.name());
                a.addClassNames("wall-person", "user-text");
                credits.add(a);
            }
            for (Credit d : n.creditedDepartments()) {
                var s = new Span(d.name());
                s.addClassNames("wall-department", "user-text");
                s.getElement().getThemeList().add("badge contrast");
                credits.add(s);
            }
            add(credits);
        }
        if (!n.tags().isEmpty()) {
            var tags = new Div();
            tags.addClassName("wall-tags");
            n.tags().forEach(t -> {
                var s = new Span("#" + t);
                s.addClassNames("wall-tag", "user-text");
                tags.add(s);
            });
            add(tags);
        }

        var actions = new Div();
        actions.addClassName("wall-actions");
        for (Reaction r : Reaction.values()) {
            var b = new Button();
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.addClassName("wall-reaction");
            b.addClickListener(e -> react(r));
            reactions.put(r, b);
            actions.add(b);
        }
        showReactions(item.reactions());
        commentsToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        commentsToggle.addClassName("wall-comments-toggle");
        commentsToggle.addClickListener(e -> toggleComments());
        showCommentCount();
        actions.add(commentsToggle);
        noteActions.create(n).forEach(actions::add);
        add(actions);

        commentInput.setLabel(getTranslation("wallui.comment.label"));
        commentInput.setPlaceholder(getTranslation("wallui.comment.placeholder"));
        commentInput.setMaxLength(2 * WallService.COMMENT_MAX);
        commentInput.addClassName("wall-comment-input");
        postComment.setText(getTranslation("wallui.comment.post"));
        postComment.addThemeVariants(ButtonVariant.LUMO_SMALL);
        postComment.addClickListener(e -> postComment());
        commentList.addClassName("wall-comment-list");
        commentsPanel.addClassName("wall-comments");
        commentsPanel.add(commentList, commentInput, postComment);
        commentsPanel.setVisible(false);
        add(commentsPanel);
    }

    private static String scoreTheme(NoteView n) {
        int s = n.score() == null ? 0 : n.score();
        boolean good = n.scoreType() == app.bravo.wall.ScoreType.NPS ? s >= 9 : s >= 4;
        boolean bad = n.scoreType() == app.bravo.wall.ScoreType.NPS ? s <= 6 : s <= 2;
        return good ? "success" : bad ? "error" : "contrast";
    }

    void react(Reaction kind) {
        try {
            showReactions(wall.toggle(noteId, kind));
        } catch (UserError e) {
            WallView.error(this, e);
        }
    }

    /** The note's counts as they are now, with this reader's own reactions marked (a live update). */
    void showCounts(WallNote now) {
        showReactions(now.reactions());
        if (now.comments() != commentCount) {
            commentCount = now.comments();
            if (commentsLoaded && commentsPanel.isVisible()) {
                loadComments();
            } else {
                commentsLoaded = false;
            }
            showCommentCount();
        }
    }

    private void showReactions(Reactions r) {
        reactions.forEach((kind, b) -> {
            long count = r.count(kind);
            b.setText(EMOJI.get(kind) + " " + Numbers.format(count, getLocale()));
            String label = getTranslation("wallui.reaction." + kind.name());
            b.setAriaLabel(getTranslation("wallui.reaction.aria", label, count));
            b.setTooltipText(label);
            b.getElement().setAttribute("aria-pressed", String.valueOf(r.gave(kind)));
            b.setClassName("reacted", r.gave(kind));
        });
    }

    private void showCommentCount() {
        commentsToggle.setText("💬 " + getTranslation("wallui.comments", commentCount));
        commentsToggle.getElement().setAttribute("aria-expanded", String.valueOf(commentsPanel.isVisible()));
    }

    void toggleComments() {
        commentsPanel.setVisible(!commentsPanel.isVisible());
        if (commentsPanel.isVisible() && !commentsLoaded) {
            loadComments();
        }
        showCommentCount();
    }

    private void loadComments() {
        commentsLoaded = true;
        commentList.removeAll();
        List<CommentView> list = wall.comments(noteId, PageRequest.of(0, COMMENTS_SHOWN)).getContent();
        list.forEach(c -> commentList.add(comment(c)));
    }

    private Div comment(CommentView c) {
        var div = new Div();
        div.addClassName("wall-comment");
        var head = new Div();
        head.addClassName("wall-comment-head");
        if (c.author() != null) {
            var a = new Anchor(ProfileView.path(c.author().id()), c.author().name());
            a.addClassName("user-text");
            head.add(a);
        } else {
            head.add(new Span(getTranslation("wallui.comment.former")));
        }
        var when = new Span(Dates.dateTime(c.createdAt(), getLocale(), UserSettings.zone()));
        when.addClassName("secondary");
        head.add(when);
        var body = new Paragraph();
        body.setText(c.body());
        body.addClassName("user-text");
        div.add(head, body);
        if (c.hidden()) {
            div.addClassName("hidden-comment");
            var mark = new Span(getTranslation("wallui.comment.hidden"));
            mark.getElement().getThemeList().add("badge error");
            head.add(mark);
        } else if (moderator) {
            var hide = new Button(getTranslation("wallui.comment.hide"));
            hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            hide.addClassName("wall-comment-hide");
            hide.addClickListener(e -> {
                try {
                    wall.hideComment(c.id());
                    commentCount = Math.max(0, commentCount - 1);
                    loadComments();
                    showCommentCount();
                } catch (UserError err) {
                    WallView.error(this, err);
                }
            });
            head.add(hide);
        }
        return div;
    }

    void postComment() {
        try {
            wall.comment(noteId, commentInput.getValue());
            commentInput.clear();
            commentInput.setInvalid(false);
            commentCount++;
            loadComments();
            showCommentCount();
        } catch (UserError e) {
            commentInput.setErrorMessage(getTranslation(e.key(), e.args()));
            commentInput.setInvalid(true);
        }
    }
}
