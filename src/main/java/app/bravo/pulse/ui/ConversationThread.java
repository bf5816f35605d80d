package app.bravo.pulse.ui;

import app.bravo.pulse.Conversation;
import app.bravo.pulse.ConversationReply;
import app.bravo.pulse.ConversationService;
import app.bravo.pulse.ReplySide;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.time.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One anonymous conversation (DD022): the survey and question, the comment, the replies in order
 * (HR's with their day, the author's with none), and a field to write the next reply when the
 * {@code send} function is given. Shared by the author's page and HR's reply dialog.
 */
class ConversationThread extends Div {

    final Div replies = new Div();
    final TextArea answer = new TextArea();
    final Button send = new Button();
    final Div error = new Div();

    /**
     * @param mine whose replies are "you"
     * @param send writes a reply and gives the conversation back; null when this side may not write
     */
    ConversationThread(Conversation c, ReplySide mine, @Nullable Function<String, Conversation> send) {
        addClassName("pulse-thread");
        boolean fa = Language.of(getLocale()) == Language.PERSIAN;
        var title = new H3(Bidi.isolate(c.survey(fa)));
        var question = new Paragraph(Bidi.isolate(c.question(fa)));
        question.addClassName("pulse-thread-question");
        var comment = new Paragraph(Bidi.isolate(c.comment()));
        comment.addClassName("pulse-thread-comment");
        replies.addClassName("pulse-thread-replies");
        error.addClassName("pulse-error");
        add(title, question, comment, replies);
        show(c, mine);
        if (send == null) {
            return;
        }
        answer.setLabel(getTranslation(mine == ReplySide.STAFF ? "pulse.conversation.reply" : "pulse.conversation.answer"));
        answer.setMaxLength(ConversationService.BODY_MAX);
        answer.setWidthFull();
        this.send.setText(getTranslation("pulse.conversation.send"));
        this.send.addThemeVariants(ButtonVariant.PRIMARY);
        this.send.addClickListener(e -> {
            try {
                show(send.apply(answer.getValue()), mine);
                answer.clear();
                error.setText("");
            } catch (UserError u) {
                error.setText(getTranslation(u.key(), u.args()));
            }
        });
        add(error, answer, this.send);
    }

    private void show(Conversation c, ReplySide mine) {
        replies.removeAll();
        if (c.replies().isEmpty()) {
            replies.add(new Paragraph(getTranslation(mine == ReplySide.STAFF ? "pulse.conversation.none-staff" : "pulse.conversation.none")));
        }
        for (ConversationReply r : c.replies()) {
            String who = r.side() == mine ? getTranslation("pulse.conversation.you")
                    : getTranslation(r.side() == ReplySide.STAFF ? "pulse.conversation.hr" : "pulse.conversation.author");
            String head = r.writtenOn() == null ? who : getTranslation("pulse.conversation.dated", who, Dates.date(r.writtenOn(), getLocale()));
            var item = new Div(new Div(head), new Paragraph(Bidi.isolate(r.body())));
            item.addClassNames("pulse-reply", r.side() == ReplySide.STAFF ? "pulse-reply-staff" : "pulse-reply-author");
            replies.add(item);
        }
    }
}
