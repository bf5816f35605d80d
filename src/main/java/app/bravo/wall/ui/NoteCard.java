package app.bravo.wall.ui;

import app.bravo.people.ui.ProfileView;
import app.bravo.shared.UserError;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.CommentThread;
import app.bravo.shared.ui.ReactionBar;
import app.bravo.wall.CommentView;
import app.bravo.wall.Credit;
import app.bravo.wall.NoteView;
import app.bravo.wall.Reaction;
import app.bravo.wall.Reactions;
import app.bravo.wall.WallNote;
import app.bravo.wall.WallService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;

/**
 * One note on the wall: the customer's words (always as text, never as markup), who said them,
 * channel, score and date, whom they credit, tags, reactions and comments, and after them the
 * actions other features add to a published note ({@link NoteActions}).
 */
class NoteCard extends Div {

    private static final Map<Reaction, String> EMOJI = Map.of(
            Reaction.LOVE, "❤️", Reaction.CLAP, "👏", Reaction.INSPIRED, "💡", Reaction.SMILE, "😊");

    final long noteId;
    final Paragraph quote = new Paragraph();
    final Span customer = new Span();
    final ReactionBar<Reaction> reactions;
    final CommentThread comments;

    private final transient WallService wall;
    private final boolean moderator;

    NoteCard(WallNote item, WallService wall, boolean moderator, NoteActions noteActions) {
        this.wall = wall;
        this.moderator = moderator;
        this.noteId = item.id();
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
        reactions = new ReactionBar<>(Reaction.class, EMOJI, "wallui.reaction.", this::react);
        reactions.buttons().values().forEach(actions::add);
        showReactions(item.reactions());
        comments = new CommentThread(item.comments(), 2 * WallService.COMMENT_MAX,
                after -> wall.comments(noteId, after).map(NoteCard::line), text -> wall.comment(noteId, text), this::commentActions);
        actions.add(comments.toggle());
        noteActions.create(n).forEach(actions::add);
        add(actions, comments);
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
        comments.showCount(now.comments());
    }

    private void showReactions(Reactions r) {
        reactions.show(r::count, r::gave);
    }

    private static CommentThread.Line line(CommentView c) {
        return new CommentThread.Line(c.id(), c.author() == null ? null
                : new CommentThread.Author(c.author().name(), ProfileView.path(c.author().id())), c.body(), c.createdAt(), c.hidden());
    }

    /** Moderators hide a comment at once (audited); nobody else gets a button. */
    private List<Component> commentActions(CommentThread.Line c) {
        if (!moderator) {
            return List.of();
        }
        return List.of(CommentThread.action(getTranslation("conversation.comment.hide"), true, () -> {
            try {
                wall.hideComment(c.id());
                comments.hidden();
            } catch (UserError err) {
                WallView.error(this, err);
            }
        }));
    }
}
