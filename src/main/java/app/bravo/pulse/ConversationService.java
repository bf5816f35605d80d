package app.bravo.pulse;

import app.bravo.pulse.internal.ConversationStore;
import app.bravo.pulse.internal.DisclosureGroup;
import app.bravo.pulse.internal.DisclosurePlan;
import app.bravo.pulse.internal.ReplyKeys;
import app.bravo.pulse.internal.ResultsStore;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.time.CompanyCalendar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymous conversations on pulse comments (issue 14 point 6, DD022). HR replies to a comment its
 * results show; the comment's author, whom the server never learns, reads the replies and answers
 * back by presenting the reply key their browser received at submission. The database keeps only
 * the key's hashes, and the author's answers carry no person and no date.
 * <p>
 * Reply keys are secrets: they arrive only as arguments (from the browser's local storage or a
 * pasted field, never from a URL), are never logged, and never appear in an exception. A key that
 * matches nothing gives nothing, exactly as a malformed one does, so that no answer tells whether
 * a key exists. Managers do not reply yet: results are HR's alone for now.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class ConversationService {

    /** The most reply keys one look takes (a browser keeps one per answered round with a comment). */
    public static final int KEYS_MAX = 50;
    /** The longest reply, in characters (code points). */
    public static final int BODY_MAX = GivenAnswer.TEXT_MAX;
    /** The most replies one thread holds. */
    public static final int REPLIES_MAX = 100;

    private static final Pattern COMMENT_ID = Pattern.compile("[0-9a-fA-F]{32}");
    private static final List<String> BANDS = Arrays.stream(TenureBand.values()).map(Enum::name).toList();
    private static final int ATTEMPTS = 3;

    private final ConversationStore store;
    private final ResultsStore results;
    private final CurrentUser currentUser;
    private final CompanyCalendar calendar;

    ConversationService(ConversationStore store, ResultsStore results, CurrentUser currentUser, CompanyCalendar calendar) {
        this.store = store;
        this.results = results;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    /**
     * A comment's conversation as HR sees it, for a comment the round's results show.
     *
     * @throws UserError {@code pulse.conversation.error.not-shown} (no such comment, its round still
     *                   open, or its question's comments hidden below the comment threshold)
     */
    @PreAuthorize(Roles.IS_HR)
    public Conversation staffThread(String commentId) {
        return conversation(shown(commentId));
    }

    /**
     * HR's reply to a comment the round's results show, signed with HR's name and today's date.
     *
     * @throws UserError {@code pulse.conversation.error.not-shown}, {@code pulse.conversation.error.empty},
     *                   {@code pulse.conversation.error.too-long} (limit), {@code pulse.conversation.error.full} (limit),
     *                   {@code pulse.conversation.error.busy}
     */
    @PreAuthorize(Roles.IS_HR)
    @Transactional
    public Conversation replyAsStaff(String commentId, String body) {
        ConversationStore.CommentRow c = shown(commentId);
        add(c, ReplySide.STAFF, currentUser.require().personId(), text(body));
        return conversation(c);
    }

    /**
     * The conversations of the comments these reply keys were given for, newest round first: each
     * with its comment, question and replies (none yet is an empty list). Keys that match nothing, or
     * are not keys at all, add nothing.
     *
     * @throws UserError {@code pulse.conversation.error.too-many-keys} (limit)
     */
    public List<Conversation> threadsFor(List<String> keys) {
        Set<String> distinct = new LinkedHashSet<>(keys);
        if (distinct.size() > KEYS_MAX) {
            throw new UserError("pulse.conversation.error.too-many-keys", KEYS_MAX);
        }
        var hashes = new ArrayList<byte[]>();
        for (String key : distinct) {
            ReplyKeys.parse(key).ifPresent(k -> hashes.addAll(ReplyKeys.hashes(k)));
        }
        List<ConversationStore.CommentRow> comments = store.commentsByHash(hashes);
        Map<String, List<ConversationReply>> replies = store.replies(comments.stream().map(ConversationStore.CommentRow::id).toList());
        return comments.stream().map(c -> conversation(c, replies.getOrDefault(c.hexId(), List.of()))).toList();
    }

    /**
     * The author's answer in a conversation HR has started, with no person and no date.
     *
     * @throws UserError {@code pulse.conversation.error.no-thread} (the key is not this comment's, or
     *                   no key at all), {@code pulse.conversation.error.wait} (HR has not replied),
     *                   {@code pulse.conversation.error.empty}, {@code pulse.conversation.error.too-long},
     *                   {@code pulse.conversation.error.full}, {@code pulse.conversation.error.busy}
     */
    @Transactional
    public Conversation answerAsAuthor(String key, String commentId, String body) {
        Optional<byte[]> k = ReplyKeys.parse(key);
        Optional<byte[]> id = commentId(commentId);
        ConversationStore.CommentRow c = k.isEmpty() || id.isEmpty() ? null
                : store.commentByHash(id.get(), ReplyKeys.hashes(k.get())).orElse(null);
        if (c == null) {
            throw new UserError("pulse.conversation.error.no-thread");
        }
        if (!store.staffReplied(c.id())) {
            throw new UserError("pulse.conversation.error.wait");
        }
        add(c, ReplySide.AUTHOR, null, text(body));
        return conversation(c);
    }

    /** The comment, when its round has closed and its question's comments are shown to "all" (DD020). */
    private ConversationStore.CommentRow shown(String commentId) {
        ConversationStore.CommentRow c = commentId(commentId).flatMap(store::comment)
                .orElseThrow(() -> new UserError("pulse.conversation.error.not-shown"));
        ResultsStore.RoundFacts round = results.round(c.roundId()).orElseThrow();
        if (!c.roundClosed()) {
            throw new UserError("pulse.conversation.error.not-shown");
        }
        DisclosurePlan plan = DisclosurePlan.of(results.tree(c.roundId()), BANDS,
                results.commented(c.roundId()).getOrDefault(c.questionId(), List.of()), round.commentThreshold());
        if (plan.count(DisclosureGroup.ALL).isEmpty()) {
            throw new UserError("pulse.conversation.error.not-shown");
        }
        return c;
    }

    private void add(ConversationStore.CommentRow c, ReplySide side, Long staffId, String body) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (!store.add(c.id(), side, staffId, side == ReplySide.STAFF ? calendar.today() : null, body, REPLIES_MAX)) {
                    throw new UserError("pulse.conversation.error.full", REPLIES_MAX);
                }
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw new UserError("pulse.conversation.error.busy");
                }
            }
        }
    }

    private static String text(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new UserError("pulse.conversation.error.empty");
        }
        if (text.codePointCount(0, text.length()) > BODY_MAX) {
            throw new UserError("pulse.conversation.error.too-long", BODY_MAX);
        }
        return text;
    }

    private static Optional<byte[]> commentId(String commentId) {
        return commentId != null && COMMENT_ID.matcher(commentId).matches()
                ? Optional.of(HexFormat.of().parseHex(commentId)) : Optional.empty();
    }

    private Conversation conversation(ConversationStore.CommentRow c) {
        return conversation(c, store.replies(List.of(c.id())).getOrDefault(c.hexId(), List.of()));
    }

    private static Conversation conversation(ConversationStore.CommentRow c, List<ConversationReply> replies) {
        return new Conversation(c.hexId(), c.surveyEn(), c.surveyFa(), c.questionEn(), c.questionFa(), c.closeDate(), c.body(),
                replies);
    }
}
