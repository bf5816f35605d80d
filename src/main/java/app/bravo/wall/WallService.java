package app.bravo.wall;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.people.PeopleService;
import app.bravo.security.BravoUser;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.KeysetPage;
import app.bravo.shared.KeysetToken;
import app.bravo.shared.UserError;
import app.bravo.wall.internal.CommentRepository;
import app.bravo.wall.internal.NoteComment;
import app.bravo.wall.internal.WallQueries;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wall as employees read it: published notes filtered and searched in the database, newest
 * first, a keyset page at a time (through {@link PublishedNotes}, the one read path); reactions
 * (one per person per kind) and comments, which moderators hide (audited), each change announced
 * to open walls ({@link NoteCountsChanged}). Only PUBLISHED notes are ever returned, reacted to or
 * commented on.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class WallService {

    public static final int COMMENT_MAX = NoteComment.BODY_MAX;
    /** How many comments one page of a note's thread holds. */
    public static final int COMMENTS_PAGE = 100;
    public static final int PAGE_MAX = 100;

    private final WallQueries queries;
    private final PublishedNotes published;
    private final CommentRepository comments;
    private final PeopleService people;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WallService(WallQueries queries, PublishedNotes published, CommentRepository comments, PeopleService people,
                AuditService audit, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.published = published;
        this.comments = comments;
        this.people = people;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ----

    /**
     * A page of the wall: published notes matching the filter, most recently published first, starting
     * just after the cursor ({@code null}: from the newest); {@code size} from 1 to {@value #PAGE_MAX}.
     */
    public WallSlice<WallNote> page(WallFilter filter, @Nullable WallCursor after, int size) {
        WallSlice<NoteView> slice = published.page(filter, after, size, true);
        return new WallSlice<>(withCounts(slice.items()), slice.next());
    }

    /** One published note, if it matches the filter: whether a newly approved note belongs on a filtered wall. */
    public Optional<WallNote> find(long noteId, WallFilter filter) {
        return withCounts(published.find(noteId, filter, true).stream().toList()).stream().findFirst();
    }

    /** Published notes that credit this person, newest first: their customer praise. */
    public WallSlice<WallNote> praise(long personId, int size) {
        return page(WallFilter.person(personId), null, size);
    }

    /** The most used tags on the wall, for its tag filter (kept a few minutes, see {@link PublishedNotes}). */
    public List<String> popularTags(int limit) {
        return published.popularTags(limit);
    }

    // ---- reactions ----

    /** Gives this kind of reaction, or takes it back; returns the note's reactions afterwards. */
    @Transactional
    public Reactions toggle(long noteId, Reaction kind) {
        requirePublished(noteId);
        long me = me().personId();
        queries.toggleReaction(noteId, me, kind);
        events.publishEvent(new NoteCountsChanged(noteId));
        return queries.reactions(List.of(noteId), me).getOrDefault(noteId, Reactions.NONE);
    }

    // ---- comments ----

    /**
     * A note's comments, oldest first, {@value #COMMENTS_PAGE} a page from just after the cursor (from
     * the first without one); hidden ones only for moderators, marked as hidden.
     */
    public KeysetPage<CommentView> comments(long noteId, @Nullable KeysetToken after) {
        requirePublished(noteId);
        Limit limit = Limit.of(COMMENTS_PAGE + 1);
        List<NoteComment> rows = after == null ? comments.findFirstForNote(noteId, isModerator(), limit)
                : comments.findForNoteAfter(noteId, isModerator(), after.at(), after.id(), limit);
        Set<Long> authors = new HashSet<>();
        rows.forEach(c -> {
            if (c.getAuthorId() != null) {
                authors.add(c.getAuthorId());
            }
        });
        Map<Long, String> names = people.displayNames(authors);
        return KeysetPage.of(rows.stream().map(c -> view(c, names)).toList(), COMMENTS_PAGE,
                c -> new KeysetToken(c.createdAt(), c.id()));
    }

    /** Adds a comment (1 to {@value #COMMENT_MAX} characters, no control characters), stored as typed. */
    @Transactional
    public CommentView comment(long noteId, String body) {
        requirePublished(noteId);
        BravoUser me = me();
        var c = comments.saveAndFlush(new NoteComment(noteId, me.personId(), body, Instant.now(clock)));
        events.publishEvent(new NoteCountsChanged(noteId));
        return view(c, Map.of(me.personId(), me.displayName()));
    }

    /** Hides an abusive comment from employees; audited. */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    @Transactional
    public void hideComment(long commentId) {
        NoteComment c = comments.findById(commentId).orElseThrow(() -> new UserError("wallui.error.comment-not-found"));
        if (c.hide(me().personId(), Instant.now(clock))) {
            Long author = c.getAuthorId();
            String name = author == null ? "" : people.displayNames(List.of(author)).getOrDefault(author, "");
            audit.record(AuditAction.NOTE_COMMENT_HIDDEN, "comment", commentId,
                    AuditMessage.of("audit.msg.comment-hidden").subject(name).quote("comment", c.getBody()));
            events.publishEvent(new NoteCountsChanged(c.getNoteId()));
        }
    }

    // ---- helpers ----

    private List<WallNote> withCounts(List<NoteView> notes) {
        if (notes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = notes.stream().map(NoteView::id).toList();
        Map<Long, Reactions> reactions = queries.reactions(ids, me().personId());
        Map<Long, Long> commentCounts = queries.visibleComments(ids);
        return notes.stream().map(n -> new WallNote(n, reactions.getOrDefault(n.id(), Reactions.NONE),
                commentCounts.getOrDefault(n.id(), 0L))).toList();
    }

    private static CommentView view(NoteComment c, Map<Long, String> names) {
        Long a = c.getAuthorId();
        Credit author = a == null ? null : new Credit(a, names.getOrDefault(a, "#" + a));
        return new CommentView(c.getId() == null ? 0 : c.getId(), c.getNoteId(), author, c.getBody(), c.getCreatedAt(), c.isHidden());
    }

    private void requirePublished(long noteId) {
        if (!queries.isPublished(noteId)) {
            throw new UserError("wall.error.not-found");
        }
    }

    private BravoUser me() {
        return currentUser.require();
    }

    private boolean isModerator() {
        BravoUser u = me();
        return u.has(Role.MODERATOR) || u.has(Role.ADMIN);
    }
}
