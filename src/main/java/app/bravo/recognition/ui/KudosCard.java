package app.bravo.recognition.ui;

import app.bravo.people.ui.ProfileView;
import app.bravo.recognition.KudosComment;
import app.bravo.recognition.KudosItem;
import app.bravo.recognition.KudosKind;
import app.bravo.recognition.KudosPerson;
import app.bravo.recognition.KudosReaction;
import app.bravo.recognition.KudosService;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.CommentThread;
import app.bravo.shared.ui.ReactionBar;
import app.bravo.shared.ui.UserSettings;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * One kudos in the feed: giver → recipients (avatars, links to their profiles), the big win's award
 * level or the celebration, the points, the customer's words as a quote, the message (always as
 * text, in its own direction), the values as badges, the add-ons, reactions, comments (expanded on
 * demand), "+1", report, the giver's edit and delete within the window, and the moderators' hide.
 */
class KudosCard extends Div {

    static final Map<KudosReaction, String> EMOJI = Map.of(KudosReaction.LOVE, "❤️", KudosReaction.CLAP, "👏",
            KudosReaction.CELEBRATE, "🎉", KudosReaction.INSPIRED, "💡");

    final long kudosId;
    final Div body = new Div();
    final ReactionBar<KudosReaction> reactions;
    final CommentThread comments;
    final Button addOn = new Button();
    final Button edit = new Button();
    final Button delete = new Button();
    final Button report = new Button();
    final Button hide = new Button();

    private final transient KudosService kudos;
    private final boolean moderator;
    /** Asks the feed to read this kudos again (after an add-on, an edit, a delete). */
    private final transient LongConsumer refresh;
    private KudosItem item;

    KudosCard(KudosItem item, KudosService kudos, boolean moderator, LongConsumer refresh) {
        this.kudos = kudos;
        this.moderator = moderator;
        this.refresh = refresh;
        this.kudosId = item.id();
        this.item = item;
        addClassName("kudos-card");
        getElement().setAttribute("role", "article");

        reactions = new ReactionBar<>(KudosReaction.class, EMOJI, "kudos.reaction.", this::react);
        comments = new CommentThread(item.comments(), 2 * KudosService.COMMENT_MAX,
                after -> kudos.comments(kudosId, after).map(KudosCard::line), text -> kudos.comment(kudosId, text), this::commentActions);
        addOn.setText(getTranslation("kudos.card.addon"));
        small(addOn);
        addOn.addClickListener(e -> openAddOn());
        edit.setText(getTranslation("kudos.card.edit"));
        small(edit);
        edit.addClickListener(e -> new EditKudosDialog(kudos, this.item, () -> refresh.accept(kudosId)).open());
        delete.setText(getTranslation("kudos.card.delete"));
        small(delete);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        report.setText(getTranslation("kudos.card.report"));
        small(report);
        report.addClickListener(e -> new ReasonDialog(getTranslation("kudos.report.title"), getTranslation("kudos.report.submit"),
                reason -> {
                    kudos.report(kudosId, reason);
                    done("kudos.report.done");
                }).open());
        hide.setText(getTranslation("kudos.card.hide"));
        small(hide);
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
        hide.addClickListener(e -> new ReasonDialog(getTranslation("kudos.hide.title"), getTranslation("kudos.hide.submit"),
                reason -> {
                    kudos.hide(kudosId, reason);
                    refresh.accept(kudosId);
                }).open());

        add(body, comments);
        show(item);
    }

    /** A kudos' words; a celebration's in the reader's language (its message column holds only what it celebrates). */
    static String words(KudosItem k, com.vaadin.flow.component.Component in) {
        if (k.kind() == KudosKind.CELEBRATION) {
            var c = app.bravo.recognition.Celebration.parse(k.message());
            if (c.isPresent()) {
                return c.get().words(in::getTranslation);
            }
        }
        return k.message();
    }

    private static void small(Button b) {
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    }

    /** Shows the kudos as it is now (a live change, an edit, an add-on), keeping the comments as they are. */
    void show(KudosItem now) {
        this.item = now;
        body.removeAll();
        setClassName("kudos-card-hidden", now.hidden());

        var who = new Div();
        who.addClassName("kudos-who");
        if (now.giver() != null) {
            who.add(person(now.giver()));
            var arrow = new Span("→");
            arrow.addClassName("kudos-arrow");
            arrow.getElement().setAttribute("aria-label", getTranslation("kudos.card.to"));
            who.add(arrow);
        }
        now.recipients().forEach(r -> who.add(person(r)));
        body.add(who);

        var meta = new Div();
        meta.addClassName("kudos-meta");
        if (now.kind() == KudosKind.BIG) {
            meta.add(badge(getTranslation("kudos.kind.BIG") + (now.awardLevel(getLocale()) == null ? ""
                    : " · " + now.awardLevel(getLocale())), "badge success"));
        } else if (now.kind() == KudosKind.CELEBRATION) {
            meta.add(badge(getTranslation("kudos.kind.CELEBRATION"), "badge"));
        }
        if (now.totalPointsEach() > 0) {
            meta.add(badge(getTranslation("kudos.card.points", Numbers.format(now.totalPointsEach(), getLocale())), "badge contrast"));
        }
        if (now.privateKudos()) {
            meta.add(badge(getTranslation("kudos.card.private"), "badge"));
        }
        if (now.hidden()) {
            meta.add(badge(getTranslation("kudos.card.hidden"), "badge error"));
        }
        var when = new Span(Dates.dateTime(now.publishedAt(), getLocale(), UserSettings.zone())
                + (now.editedAt() != null ? " · " + getTranslation("kudos.card.edited") : ""));
        when.addClassName("secondary");
        meta.add(when);
        body.add(meta);
        if (now.hidden() && now.hiddenReason() != null) {
            var why = new Paragraph(getTranslation("kudos.card.hidden-reason", now.hiddenReason()));
            why.addClassNames("secondary", "user-text");
            body.add(why);
        }

        if (now.quote() != null) {
            var quote = new Paragraph(now.quote());
            quote.addClassNames("kudos-quote", "user-text");
            quote.getElement().setAttribute("dir", "auto");
            body.add(quote);
        }
        var message = new Paragraph(words(now, this));
        message.addClassNames("kudos-message", "user-text");
        message.getElement().setAttribute("dir", "auto");
        body.add(message);

        if (!now.values().isEmpty()) {
            var values = new Div();
            values.addClassName("kudos-values");
            now.values().forEach(v -> {
                Span s = badge(v.name(getLocale()), "badge");
                s.addClassName("user-text");
                s.getElement().setAttribute("dir", "auto");
                values.add(s);
            });
            body.add(values);
        }

        if (!now.addOns().isEmpty()) {
            var addOns = new Div();
            addOns.addClassName("kudos-addons");
            for (KudosItem.AddOn a : now.addOns()) {
                var line = new Div();
                line.addClassName("kudos-addon");
                line.add(person(a.giver()));
                var words = new Span(a.message());
                words.addClassName("user-text");
                words.getElement().setAttribute("dir", "auto");
                line.add(words);
                if (a.pointsEach() > 0) {
                    line.add(badge(getTranslation("kudos.card.addon-points", Numbers.format(a.pointsEach(), getLocale())), "badge contrast"));
                }
                addOns.add(line);
            }
            body.add(addOns);
        }

        var actions = new Div();
        actions.addClassName("kudos-actions");
        reactions.buttons().values().forEach(actions::add);
        showReactions(now.reactions());
        actions.add(comments.toggle());
        comments.showCount(now.comments());
        addOn.setVisible(now.mayAddOn());
        edit.setVisible(now.mayEdit());
        delete.setVisible(now.mayEdit());
        hide.setVisible(moderator && !now.hidden());
        actions.add(addOn, edit, delete, report, hide);
        body.add(actions);
    }

    KudosItem item() {
        return item;
    }

    private Component person(KudosPerson p) {
        var avatar = new Avatar(p.name());
        if (p.photoUrl() != null) {
            avatar.setImage(p.photoUrl());
        }
        avatar.addThemeVariants(AvatarVariant.LUMO_XSMALL);
        avatar.getElement().setAttribute("aria-hidden", "true");
        var name = new Span(p.name());
        name.addClassName("user-text");
        name.getElement().setAttribute("dir", "auto");
        var link = new Anchor(ProfileView.path(p.id()), "");
        link.add(avatar, name);
        link.addClassName("kudos-person");
        return link;
    }

    private static Span badge(String text, String theme) {
        var s = new Span(text);
        s.getElement().getThemeList().add(theme);
        return s;
    }

    void react(KudosReaction kind) {
        try {
            showReactions(kudos.toggle(kudosId, kind));
        } catch (UserError e) {
            error(e);
        }
    }

    private void showReactions(KudosItem.Reactions r) {
        reactions.show(r::count, r::gave);
    }

    /** A live change of counts: reactions and comments as they are now. */
    void showCounts(KudosItem now) {
        show(now);
    }

    private static CommentThread.Line line(KudosComment c) {
        return new CommentThread.Line(c.id(), c.author() == null ? null
                : new CommentThread.Author(c.author().name(), ProfileView.path(c.author().id())), c.text(), c.createdAt(), c.hidden());
    }

    /** Anyone reports a comment; moderators hide it, with a reason. */
    private List<Component> commentActions(CommentThread.Line c) {
        var flag = CommentThread.action(getTranslation("kudos.card.report"), false,
                () -> new ReasonDialog(getTranslation("kudos.report.comment-title"), getTranslation("kudos.report.submit"), reason -> {
                    kudos.reportComment(c.id(), reason);
                    done("kudos.report.done");
                }).open());
        if (!moderator) {
            return List.of(flag);
        }
        var hideComment = CommentThread.action(getTranslation("conversation.comment.hide"), true,
                () -> new ReasonDialog(getTranslation("kudos.hide.comment-title"), getTranslation("kudos.hide.submit"), reason -> {
                    kudos.hideComment(c.id(), reason);
                    comments.hidden();
                }).open());
        return List.of(flag, hideComment);
    }

    void openAddOn() {
        new AddOnDialog(kudos, kudosId, () -> refresh.accept(kudosId)).open();
    }

    private void confirmDelete() {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("kudos.delete.title"));
        confirm.setText(getTranslation("kudos.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("kudos.give.cancel"));
        confirm.setConfirmText(getTranslation("kudos.card.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> deleteNow());
        confirm.open();
    }

    void deleteNow() {
        try {
            kudos.delete(kudosId);
            refresh.accept(kudosId);
        } catch (UserError e) {
            error(e);
        }
    }

    private void done(String key) {
        Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    void error(UserError e) {
        Notification.show(getTranslation(e.key(), e.args()), 5000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static List<Long> ids(List<KudosCard> cards) {
        return cards.stream().map(c -> c.kudosId).toList();
    }
}
