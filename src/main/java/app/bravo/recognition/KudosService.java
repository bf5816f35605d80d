package app.bravo.recognition;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.ValueView;
import app.bravo.recognition.internal.KudosQueries;
import app.bravo.recognition.internal.KudosQueries.Reader;
import app.bravo.recognition.internal.KudosQueries.Row;
import app.bravo.recognition.internal.KudosQueries.Where;
import app.bravo.recognition.internal.Ledger;
import app.bravo.recognition.internal.RecognitionSettingsStore;
import app.bravo.security.BravoUser;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.KeysetPage;
import app.bravo.shared.KeysetToken;
import app.bravo.shared.UserError;
import app.bravo.shared.db.RetryOnDeadlock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer recognition's small wins, the feed's public face (DESIGN section 2.2). Any employee gives a
 * kudos to 1-{@value #RECIPIENTS_MAX} active colleagues, published at once, with points through the
 * {@link Ledger} in the same transaction; edits and deletes only by the giver within
 * {@link #EDIT_WINDOW}; "+1" add-ons, reactions, comments and reports; moderators hide (audited).
 * Every read goes through one keyset read path ({@link KudosQueries#page}), with the privacy rule in
 * SQL: a private kudos reaches only its giver, its recipients and their managers, never the API.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class KudosService {

    public static final int RECIPIENTS_MAX = 20;
    public static final int MESSAGE_MAX = 1000;
    public static final int QUOTE_MAX = 2000;
    public static final int COMMENT_MAX = 1000;
    public static final int REASON_MAX = 500;
    public static final int PAGE_MAX = 100;
    public static final int COMMENTS_PAGE = 100;
    /** How long the giver may still edit or delete a kudos. */
    public static final Duration EDIT_WINDOW = Duration.ofMinutes(10);
    /** API tokens with the recognition scope (the public feed, {@code GET /api/v1/kudos}). */
    public static final String IS_RECOGNITION_READER = "hasRole('" + Roles.API_CLIENT + "') and hasAuthority('"
            + Roles.SCOPE_RECOGNITION_READ + "')";

    private final KudosQueries queries;
    private final Ledger ledger;
    private final RecognitionSettingsStore settings;
    private final PeopleService people;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    KudosService(KudosQueries queries, Ledger ledger, RecognitionSettingsStore settings, PeopleService people, AuditService audit,
                 CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.queries = queries;
        this.ledger = ledger;
        this.settings = settings;
        this.people = people;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- giving ----

    /** Gives a small win, published at once; returns its id. Every rule's refusal is a UserError with its own key. */
    @RetryOnDeadlock
    @Transactional
    public long give(KudosForm form) {
        BravoUser me = me();
        List<Long> recipients = checkRecipients(me.personId(), form.recipientIds());
        String message = checkText(form.message(), MESSAGE_MAX, "kudos.error.message");
        Set<Long> values = checkValues(form.valueIds());
        if (form.pointsEach() < 0) {
            throw new UserError("kudos.error.points-negative");
        }
        if (form.source() == PointSource.TEAM_BUDGET) {
            if (!me.has(Role.MANAGER)) {
                throw new UserError("kudos.error.team-budget-managers");
            }
            if (!queries.directReportsAmong(me.personId(), recipients).containsAll(recipients)) {
                throw new UserError("kudos.error.team-budget-own-people");
            }
        }
        String quote = form.quote() == null || form.quote().isBlank() ? null
                : checkText(form.quote(), QUOTE_MAX, "kudos.error.quote");
        Instant now = clock.instant();
        long id = queries.insertSmall(me.personId(), message, quote, form.privateKudos(), now);
        Map<Long, Integer> points = new LinkedHashMap<>();
        recipients.forEach(r -> points.put(r, form.pointsEach()));
        queries.insertRecipients(id, points);
        queries.replaceValues(id, values);
        ledger.give(me.personId(), form.source() == PointSource.TEAM_BUDGET ? Ledger.AccountKind.TEAM_BUDGET
                : Ledger.AccountKind.ALLOWANCE, points, Ledger.MovementKind.GIFT, id, null, currentUser.actor());
        events.publishEvent(new KudosGiven(id, me.personId(), recipients, form.pointsEach(), form.privateKudos()));
        events.publishEvent(new KudosPublished(id));
        return id;
    }

    /** Changes a kudos's message and values: only its giver, only within {@link #EDIT_WINDOW} of giving it. */
    @Transactional
    public void edit(long kudosId, String message, Set<Long> valueIds) {
        KudosQueries.Locked k = ownWithinWindow(kudosId);
        String m = checkText(message, MESSAGE_MAX, "kudos.error.message");
        Set<Long> values = checkValues(valueIds);
        queries.updateMessage(k.id(), m, clock.instant());
        queries.replaceValues(k.id(), values);
        events.publishEvent(new KudosPublished(k.id()));
    }

    /**
     * Deletes a kudos (its giver, within {@link #EDIT_WINDOW}): its points and its add-ons' points go
     * back by reversal rows; refused when a recipient has spent them already.
     */
    @RetryOnDeadlock
    @Transactional
    public void delete(long kudosId) {
        KudosQueries.Locked k = ownWithinWindow(kudosId);
        String actor = currentUser.actor();
        try {
            for (long addOn : queries.liveAddOnIds(k.id())) {
                ledger.reverse(k.id(), addOn, actor);
            }
            ledger.reverse(k.id(), null, actor);
        } catch (UserError e) {
            if (e.key().equals("recognition.error.points-already-spent")) {
                throw new UserError("kudos.error.delete-points-spent");
            }
            throw e;
        }
        queries.markDeleted(k.id());
        events.publishEvent(new KudosPublished(k.id()));
    }

    /**
     * "+1": the signed-in person joins a kudos they see with their own words and points for each
     * recipient (from their allowance). Not its giver nor a recipient, once per kudos.
     */
    @RetryOnDeadlock
    @Transactional
    public long addOn(long kudosId, String message, int pointsEach) {
        BravoUser me = me();
        KudosQueries.Locked k = queries.lock(kudosId).filter(l -> "PUBLISHED".equals(l.status()) && !l.hidden())
                .filter(l -> visible(l.id()))
                .orElseThrow(() -> new UserError("kudos.error.not-found"));
        if (Objects.equals(k.giverId(), me.personId())) {
            throw new UserError("kudos.error.addon-own");
        }
        List<Long> recipients = queries.recipientIds(k.id());
        if (recipients.contains(me.personId())) {
            throw new UserError("kudos.error.addon-recipient");
        }
        String m = checkText(message, MESSAGE_MAX, "kudos.error.message");
        if (pointsEach < 0) {
            throw new UserError("kudos.error.points-negative");
        }
        long addOnId = queries.insertAddOn(k.id(), me.personId(), m, pointsEach, clock.instant())
                .orElseThrow(() -> new UserError("kudos.error.addon-twice"));
        Map<Long, Integer> points = new LinkedHashMap<>();
        recipients.forEach(r -> points.put(r, pointsEach));
        ledger.give(me.personId(), Ledger.AccountKind.ALLOWANCE, points, Ledger.MovementKind.ADD_ON, k.id(), addOnId,
                currentUser.actor());
        events.publishEvent(new AddOnGiven(k.id(), addOnId, me.personId(), k.giverId() == null ? 0 : k.giverId(), recipients,
                pointsEach));
        events.publishEvent(new KudosPublished(k.id()));
        return addOnId;
    }

    // ---- reading ----

    /**
     * A page of the feed: published kudos matching the filter that the reader may see, newest first,
     * just after the cursor ({@code null}: from the newest), {@code size} from 1 to {@value #PAGE_MAX}.
     */
    public KudosSlice<KudosItem> page(KudosFilter filter, @Nullable KudosCursor after, int size) {
        return read(where(filter), reader(), null, after, size);
    }

    /** One kudos, if the reader may see it and it matches the filter: whether a new kudos belongs on an open feed. */
    public Optional<KudosItem> find(long kudosId, KudosFilter filter) {
        return read(where(filter), reader(), kudosId, null, 1).items().stream().findFirst();
    }

    /** Public kudos (published, not private, not hidden), newest first: the API's feed. */
    @PreAuthorize(IS_RECOGNITION_READER)
    public KudosSlice<KudosItem> published(@Nullable KudosCursor after, int size) {
        return read(Where.NONE, Reader.PUBLIC, null, after, size);
    }

    /** How many public kudos a person received and gave. */
    public KudosCounts counts(long personId) {
        long[] c = queries.counts(personId);
        return new KudosCounts(c[0], c[1]);
    }

    /**
     * The signed-in person's points: this month's allowance left and its size, a manager's team
     * budget left, and what they received. Writes: reading a monthly account rolls it into this month.
     */
    @RetryOnDeadlock
    @Transactional
    public MyPoints myPoints() {
        long me = me().personId();
        long allowance = ledger.available(Ledger.AccountKind.ALLOWANCE, me);
        boolean manager = me().has(Role.MANAGER);
        long team = manager ? ledger.available(Ledger.AccountKind.TEAM_BUDGET, me) : 0;
        return new MyPoints(allowance, settings.allowanceOf(me), manager, team, ledger.balance(Ledger.AccountKind.RECEIVED, me));
    }

    /** Whether HR requires at least one value on each kudos (the dialog marks the field). */
    public boolean valueRequired() {
        return settings.current().valueRequired();
    }

    /** The active company values a kudos may show. */
    public List<ValueView> values() {
        return people.values().stream().filter(ValueView::active).toList();
    }

    // ---- reactions, comments, reports ----

    /** Gives this reaction, or takes it back; returns the kudos's reactions afterwards. */
    @Transactional
    public KudosItem.Reactions toggle(long kudosId, KudosReaction kind) {
        requireVisible(kudosId);
        long me = me().personId();
        queries.toggleReaction(kudosId, me, kind);
        events.publishEvent(new KudosCountsChanged(kudosId));
        return queries.reactions(List.of(kudosId), me).getOrDefault(kudosId, KudosItem.Reactions.NONE);
    }

    /**
     * A kudos's comments, oldest first, {@value #COMMENTS_PAGE} a page from just after the cursor (from
     * the first without one); hidden ones only for moderators, marked.
     */
    public KeysetPage<KudosComment> comments(long kudosId, @Nullable KeysetToken after) {
        requireVisible(kudosId);
        return KeysetPage.of(queries.comments(kudosId, isModerator(), after, COMMENTS_PAGE + 1), COMMENTS_PAGE,
                c -> new KeysetToken(c.createdAt(), c.id()));
    }

    /** Adds a comment (1 to {@value #COMMENT_MAX} characters), stored as typed. */
    @Transactional
    public long comment(long kudosId, String text) {
        requireVisible(kudosId);
        String t = checkText(text, COMMENT_MAX, "kudos.error.comment");
        long id = queries.insertComment(kudosId, me().personId(), t, clock.instant());
        events.publishEvent(new KudosCountsChanged(kudosId));
        return id;
    }

    /** Reports an abusive kudos to the moderators, once per person, with a reason. */
    @Transactional
    public void report(long kudosId, String reason) {
        requireVisible(kudosId);
        String r = checkText(reason, REASON_MAX, "kudos.error.reason");
        if (!queries.insertReport(kudosId, null, me().personId(), r, clock.instant())) {
            throw new UserError("kudos.error.report-twice");
        }
    }

    /** Reports an abusive comment, once per person, with a reason. */
    @Transactional
    public void reportComment(long commentId, String reason) {
        KudosQueries.CommentRow c = queries.comment(commentId).filter(x -> !x.hidden())
                .orElseThrow(() -> new UserError("kudos.error.comment-not-found"));
        requireVisible(c.kudosId());
        String r = checkText(reason, REASON_MAX, "kudos.error.reason");
        if (!queries.insertReport(c.kudosId(), commentId, me().personId(), r, clock.instant())) {
            throw new UserError("kudos.error.report-twice");
        }
    }

    /** Hides a kudos from employees (moderators still see it, marked), with a reason; audited. */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    @Transactional
    public void hide(long kudosId, String reason) {
        String r = checkText(reason, REASON_MAX, "kudos.error.reason");
        KudosQueries.Locked k = queries.lock(kudosId).filter(l -> "PUBLISHED".equals(l.status()))
                .orElseThrow(() -> new UserError("kudos.error.not-found"));
        String actor = currentUser.actor();
        if (queries.hideKudos(k.id(), actor, r)) {
            queries.resolveReports(k.id(), null, actor, clock.instant());
            String giver = k.giverId() == null ? "" : people.displayNames(List.of(k.giverId())).getOrDefault(k.giverId(), "");
            audit.record(AuditAction.KUDOS_HIDDEN, "kudos", k.id(), AuditMessage.of("audit.msg.kudos-hidden")
                    .subject(giver).quote("message", k.message()).text("reason", r));
            events.publishEvent(new KudosCountsChanged(k.id()));
        }
    }

    /** Hides an abusive comment from employees, with a reason; audited. */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    @Transactional
    public void hideComment(long commentId, String reason) {
        String r = checkText(reason, REASON_MAX, "kudos.error.reason");
        KudosQueries.CommentRow c = queries.comment(commentId).orElseThrow(() -> new UserError("kudos.error.comment-not-found"));
        if (queries.hideComment(commentId)) {
            String actor = currentUser.actor();
            queries.resolveReports(c.kudosId(), commentId, actor, clock.instant());
            String author = c.authorId() == null ? "" : people.displayNames(List.of(c.authorId())).getOrDefault(c.authorId(), "");
            audit.record(AuditAction.KUDOS_COMMENT_HIDDEN, "kudos-comment", commentId, AuditMessage.of("audit.msg.kudos-comment-hidden")
                    .subject(author).quote("comment", c.text()).text("reason", r));
            events.publishEvent(new KudosCountsChanged(c.kudosId()));
        }
    }

    // ---- the read path ----

    private KudosSlice<KudosItem> read(Where where, Reader reader, @Nullable Long onlyId, @Nullable KudosCursor after, int size) {
        int limit = Math.clamp(size, 1, PAGE_MAX);
        List<Row> rows = queries.page(where, reader, onlyId, after, limit + 1);
        boolean more = rows.size() > limit;
        List<Row> page = more ? rows.subList(0, limit) : rows;
        List<KudosItem> items = items(page, reader);
        KudosItem last = more ? items.getLast() : null;
        return new KudosSlice<>(items, last == null ? null : new KudosCursor(last.publishedAt(), last.id()));
    }

    private List<KudosItem> items(List<Row> rows, Reader reader) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        var recipients = queries.recipients(ids);
        var values = queries.values(ids);
        var addOns = queries.addOns(ids);
        var reactions = queries.reactions(ids, reader.personId());
        var comments = queries.visibleComments(ids);
        Set<Long> joined = reader.personId() == null ? Set.of() : queries.joinedBy(ids, reader.personId());
        Instant now = clock.instant();
        List<KudosItem> items = new ArrayList<>();
        for (Row r : rows) {
            var rs = recipients.getOrDefault(r.id(), List.of());
            Long me = reader.personId();
            boolean mine = me != null && r.giver() != null && r.giver().id() == me;
            boolean received = me != null && rs.stream().anyMatch(x -> x.person().id() == me);
            boolean mayEdit = mine && r.kind() == KudosKind.SMALL && now.isBefore(r.createdAt().plus(EDIT_WINDOW));
            boolean mayAddOn = me != null && !mine && !received && !r.hidden() && !joined.contains(r.id()) && !rs.isEmpty();
            items.add(new KudosItem(r.id(), r.kind(), r.giver(), rs.stream().map(KudosQueries.Recipient::person).toList(),
                    rs.stream().mapToInt(KudosQueries.Recipient::points).max().orElse(0), r.message(), r.quote(),
                    r.privateKudos(), r.hidden(), reader.moderator() ? r.hiddenReason() : null,
                    values.getOrDefault(r.id(), List.of()), r.awardEn(), r.awardFa(), r.createdAt(), r.publishedAt(),
                    r.editedAt(), addOns.getOrDefault(r.id(), List.of()), reactions.getOrDefault(r.id(), KudosItem.Reactions.NONE),
                    comments.getOrDefault(r.id(), 0L), mayEdit, mayAddOn));
        }
        return items;
    }

    private Where where(KudosFilter f) {
        return new Where(f.departmentId() == null ? Set.of() : subtree(f.departmentId()), f.valueId(), f.personId(), f.kind());
    }

    /** A department and all below it, from the directory's tree. */
    private Set<Long> subtree(long departmentId) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (DepartmentNode d : people.departments()) {
            if (d.parentId() != null) {
                children.computeIfAbsent(d.parentId(), k -> new ArrayList<>()).add(d.id());
            }
        }
        Set<Long> all = new LinkedHashSet<>();
        var todo = new ArrayDeque<Long>();
        todo.add(departmentId);
        while (!todo.isEmpty()) {
            long d = todo.poll();
            if (all.add(d)) {
                todo.addAll(children.getOrDefault(d, List.of()));
            }
        }
        return all;
    }

    private Reader reader() {
        return new Reader(me().personId(), isModerator());
    }

    private boolean visible(long kudosId) {
        return !queries.page(Where.NONE, new Reader(me().personId(), false), kudosId, null, 1).isEmpty();
    }

    private void requireVisible(long kudosId) {
        if (!visible(kudosId)) {
            throw new UserError("kudos.error.not-found");
        }
    }

    private KudosQueries.Locked ownWithinWindow(long kudosId) {
        KudosQueries.Locked k = queries.lock(kudosId).filter(l -> "PUBLISHED".equals(l.status()) && l.kind() == KudosKind.SMALL)
                .orElseThrow(() -> new UserError("kudos.error.not-found"));
        if (!Objects.equals(k.giverId(), me().personId())) {
            throw new UserError("kudos.error.not-yours");
        }
        if (!clock.instant().isBefore(k.createdAt().plus(EDIT_WINDOW))) {
            throw new UserError("kudos.error.edit-window-closed", EDIT_WINDOW.toMinutes());
        }
        return k;
    }

    private List<Long> checkRecipients(long me, List<Long> ids) {
        List<Long> recipients = ids.stream().filter(Objects::nonNull).distinct().toList();
        if (recipients.isEmpty()) {
            throw new UserError("kudos.error.recipients-required");
        }
        if (recipients.size() > RECIPIENTS_MAX) {
            throw new UserError("kudos.error.recipients-too-many", RECIPIENTS_MAX);
        }
        if (recipients.contains(me)) {
            throw new UserError("kudos.error.self");
        }
        Set<Long> active = people.activeAmong(recipients);
        if (!active.containsAll(recipients)) {
            throw new UserError("kudos.error.recipient-inactive");
        }
        return recipients;
    }

    private Set<Long> checkValues(Set<Long> valueIds) {
        if (valueIds.isEmpty()) {
            if (settings.current().valueRequired()) {
                throw new UserError("kudos.error.value-required");
            }
            return Set.of();
        }
        Set<Long> active = values().stream().map(ValueView::id).collect(Collectors.toSet());
        if (!active.containsAll(valueIds)) {
            throw new UserError("kudos.error.value-inactive");
        }
        return new HashSet<>(valueIds);
    }

    /**
     * A user's text stripped at its ends and otherwise kept exactly (Persian, emoji, markup as text):
     * {@code <prefix>-required} when empty, {@code <prefix>-too-long} past {@code max} characters
     * (code points, as people count them), {@code kudos.error.characters} for control characters
     * other than line breaks and tabs.
     */
    static String checkText(String text, int max, String prefix) {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new UserError(prefix + "-required");
        }
        if (t.codePointCount(0, t.length()) > max) {
            throw new UserError(prefix + "-too-long", max);
        }
        if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            throw new UserError("kudos.error.characters");
        }
        return t;
    }

    private BravoUser me() {
        return currentUser.require();
    }

    private boolean isModerator() {
        BravoUser u = me();
        return u.has(Role.MODERATOR) || u.has(Role.ADMIN);
    }
}
