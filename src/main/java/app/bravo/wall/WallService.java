package app.bravo.wall;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.people.PeopleService;
import app.bravo.security.BravoUser;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.wall.internal.CommentRepository;
import app.bravo.wall.internal.NoteComment;
import app.bravo.wall.internal.WallQueries;
import app.bravo.wall.internal.WallQueries.NoteRow;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wall as employees read it: published notes filtered and searched in the database, newest
 * first, a page at a time; reactions (one per person per kind) and comments, which moderators
 * hide (audited). Only PUBLISHED notes are ever returned, reacted to or commented on.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class WallService {

    public static final int COMMENT_MAX = NoteComment.BODY_MAX;
    public static final int PAGE_MAX = 100;

    private final WallQueries queries;
    private final CommentRepository comments;
    private final PeopleService people;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    WallService(WallQueries queries, CommentRepository comments, PeopleService people, AuditService audit,
                CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.comments = comments;
        this.people = people;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- reading ----

    /** A page of the wall: published notes matching the filter, most recently published first. */
    public Slice<WallNote> page(WallFilter filter, Pageable page) {
        int size = Math.min(Math.max(page.getPageSize(), 1), PAGE_MAX);
        List<NoteRow> rows = queries.page(filter, null, (long) page.getPageNumber() * size, size + 1);
        boolean more = rows.size() > size;
        List<WallNote> notes = views(more ? rows.subList(0, size) : rows);
        return new SliceImpl<>(notes, PageRequest.of(page.getPageNumber(), size), more);
    }

    /** One published note, if it matches the filter: whether a newly approved note belongs on a filtered wall. */
    public Optional<WallNote> find(long noteId, WallFilter filter) {
        return views(queries.page(filter, noteId, 0, 1)).stream().findFirst();
    }

    /** Published notes that credit this person, newest first: their customer praise. */
    public Slice<WallNote> praise(long personId, Pageable page) {
        return page(WallFilter.person(personId), page);
    }

    /** The most used tags on the wall, for its tag filter. */
    public List<String> popularTags(int limit) {
        return queries.popularTags(Math.min(Math.max(limit, 1), 200));
    }

    // ---- reactions ----

    /** Gives this kind of reaction, or takes it back; returns the note's reactions afterwards. */
    @Transactional
    public Reactions toggle(long noteId, Reaction kind) {
        requirePublished(noteId);
        long me = me().personId();
        queries.toggleReaction(noteId, me, kind);
        return queries.reactions(List.of(noteId), me).getOrDefault(noteId, Reactions.NONE);
    }

    // ---- comments ----

    /** A note's comments, oldest first; hidden ones only for moderators, marked as hidden. */
    public Slice<CommentView> comments(long noteId, Pageable page) {
        requirePublished(noteId);
        Slice<NoteComment> slice = comments.findForNote(noteId, isModerator(), page);
        Set<Long> authors = new HashSet<>();
        slice.forEach(c -> {
            if (c.getAuthorId() != null) {
                authors.add(c.getAuthorId());
            }
        });
        Map<Long, String> names = people.displayNames(authors);
        return slice.map(c -> view(c, names));
    }

    /** Adds a comment (1 to {@value #COMMENT_MAX} characters, no control characters), stored as typed. */
    @Transactional
    public CommentView comment(long noteId, String body) {
        requirePublished(noteId);
        BravoUser me = me();
        var c = comments.saveAndFlush(new NoteComment(noteId, me.personId(), body, Instant.now(clock)));
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
        }
    }

    // ---- helpers ----

    private List<WallNote> views(List<NoteRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(NoteRow::id).toList();
        Map<Long, List<String>> tags = queries.tags(ids);
        Map<Long, List<Long>> credited = queries.creditedPeople(ids);
        Map<Long, List<Long>> departments = queries.creditedDepartments(ids);
        Map<Long, Reactions> reactions = queries.reactions(ids, me().personId());
        Map<Long, Long> commentCounts = queries.visibleComments(ids);
        Set<Long> personIds = new HashSet<>();
        credited.values().forEach(personIds::addAll);
        Set<Long> departmentIds = new HashSet<>();
        departments.values().forEach(departmentIds::addAll);
        Map<Long, String> personNames = personIds.isEmpty() ? Map.of() : people.displayNames(personIds);
        Map<Long, String> departmentNames = departmentIds.isEmpty() ? Map.of() : people.departmentNames(departmentIds);
        return rows.stream().map(r -> new WallNote(
                new NoteView(r.id(), r.status(), r.quote(), r.redacted(), r.customerName(), r.company(), r.channel(),
                        r.score(), r.scoreType(), r.receivedOn(), r.source(), r.createdAt(), r.publishedAt(),
                        tags.getOrDefault(r.id(), List.of()),
                        credits(credited.getOrDefault(r.id(), List.of()), personNames),
                        credits(departments.getOrDefault(r.id(), List.of()), departmentNames)),
                reactions.getOrDefault(r.id(), Reactions.NONE),
                commentCounts.getOrDefault(r.id(), 0L))).toList();
    }

    private static List<Credit> credits(List<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> new Credit(id, names.getOrDefault(id, "#" + id))).toList();
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
