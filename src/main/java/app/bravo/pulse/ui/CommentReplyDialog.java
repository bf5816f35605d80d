package app.bravo.pulse.ui;

import app.bravo.pulse.ConversationService;
import app.bravo.pulse.ReplySide;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * HR's side of an anonymous conversation (DD022), for the results page: the comment, its replies
 * so far (the author's answers among them) and a field to reply. Open it with
 * {@code new CommentReplyDialog(conversations, commentId).open()}, where {@code commentId} is the
 * comment's random id in hex as the results give it. A comment the results do not show (round still
 * open, below the comment threshold) raises {@code UserError pulse.conversation.error.not-shown} here.
 */
public class CommentReplyDialog extends Dialog {

    final ConversationThread thread;
    final Button close = new Button();

    public CommentReplyDialog(ConversationService conversations, String commentId) {
        setHeaderTitle(getTranslation("pulse.conversation.dialog-title"));
        thread = new ConversationThread(conversations.staffThread(commentId), ReplySide.STAFF,
                body -> conversations.replyAsStaff(commentId, body));
        add(thread);
        close.setText(getTranslation("pulse.conversation.close"));
        close.addClickListener(e -> close());
        getFooter().add(close);
        setWidth("min(40rem, 95vw)");
    }
}
