package app.bravo.recognition;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.people.PeopleService;
import app.bravo.people.ValueView;
import app.bravo.recognition.internal.BigWinStore;
import app.bravo.recognition.internal.Ledger;
import app.bravo.recognition.internal.RecognitionSettingsStore;
import app.bravo.security.BravoUser;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.TextRules;
import app.bravo.shared.UserError;
import app.bravo.shared.db.RetryOnDeadlock;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Big wins (issue 13, point 1): a nomination with an award level that a manager or HR approves or
 * declines with a note; approved, it pays each recipient the level's points from the company budget
 * and is celebrated in the feed, on the home page, the wall's big-wins strip and the office screens.
 * <p>
 * Routing: a nomination goes to the recipients' manager when all of them have the same manager,
 * who is active, still holds the manager role and is not the nominator; otherwise to HR (no
 * manager, different managers, a manager who has left, or the nominator's own people). When a
 * manager leaves later, what waits for them shows in HR's queue, so nothing is lost. Nobody
 * decides their own nomination, nor one that celebrates them.
 * <p>
 * Two deciders at once: the decision locks the nomination's row and changes it only while it is
 * still pending, so the points are paid once.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class BigWinService {

    /** Who decides nominations: managers (their people's) and HR (the rest). */
    static final String IS_DECIDER = "hasAnyRole('" + Roles.MANAGER + "','" + Roles.HR + "')";

    public static final int RECIPIENTS_MAX = 20;
    public static final int MESSAGE_MAX = 1000;
    public static final int NOTE_MAX = 500;
    public static final int PAGE_MAX = 50;

    private final BigWinStore store;
    private final Ledger ledger;
    private final RecognitionSettingsStore settings;
    private final PeopleService people;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BigWinService(BigWinStore store, Ledger ledger, RecognitionSettingsStore settings, PeopleService people,
                  AuditService audit, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.settings = settings;
        this.people = people;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- nominating ----

    /** The award levels one may nominate for, in HR's order. */
    public List<AwardOption> awardLevels() {
        return store.awardLevels();
    }

    /** Whether the company values must be named on a nomination (HR's setting). */
    public boolean valueRequired() {
        return settings.current().valueRequired();
    }

    /** Nominates colleagues for a big win; it waits for its decider. Returns the nomination's id. */
    @Transactional
    public long nominate(BigWinForm form) {
        BravoUser me = currentUser.require();
        List<Long> recipients = List.copyOf(new LinkedHashSet<>(form.recipientIds()));
        if (recipients.isEmpty()) {
            throw new UserError("bigwins.error.recipients.required");
        }
        if (recipients.size() > RECIPIENTS_MAX) {
            throw new UserError("bigwins.error.recipients.too-many", RECIPIENTS_MAX);
        }
        if (recipients.contains(me.personId())) {
            throw new UserError("bigwins.error.self");
        }
        List<BigWinStore.Recipient> found = store.recipients(recipients);
        if (found.size() != recipients.size() || found.stream().anyMatch(r -> !r.active())) {
            throw new UserError("bigwins.error.recipient-inactive");
        }
        if (form.awardLevelId() == null) {
            throw new UserError("bigwins.error.award-level");
        }
        AwardOption level = store.activeAwardLevel(form.awardLevelId())
                .orElseThrow(() -> new UserError("bigwins.error.award-level"));
        List<Long> values = List.copyOf(new LinkedHashSet<>(form.valueIds()));
        if (values.isEmpty() && settings.current().valueRequired()) {
            throw new UserError("bigwins.error.value-required");
        }
        if (!values.isEmpty()) {
            Set<Long> active = people.values().stream().filter(ValueView::active).map(ValueView::id).collect(Collectors.toSet());
            if (!active.containsAll(values)) {
                throw new UserError("bigwins.error.value-unknown");
            }
        }
        String message = text(form.message(), true, MESSAGE_MAX, "bigwins.error.message");
        Long approver = route(me.personId(), found);
        long id = store.insert(me.personId(), recipients, level.id(), level.points(), values, message, approver, now());
        events.publishEvent(new BigWinNominated(id, me.personId(), recipients, approver, level.id()));
        events.publishEvent(new BigWinQueueChanged(id));
        return id;
    }

    /** The recipients' one manager when they share an active one who is not the nominator; null: HR. */
    private @Nullable Long route(long nominatorId, List<BigWinStore.Recipient> recipients) {
        Set<@Nullable Long> managers = new java.util.HashSet<>();
        recipients.forEach(r -> managers.add(r.managerId()));
        if (managers.size() != 1) {
            return null;
        }
        Long manager = managers.iterator().next();
        if (manager == null || manager == nominatorId || !store.canApprove(manager)) {
            return null;
        }
        return manager;
    }

    /** A text stripped and checked; line breaks are kept, other control characters refused. */
    private static String text(@Nullable String text, boolean required, int max, String keyPrefix) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() && required) {
            throw new UserError(keyPrefix + ".required");
        }
        if (t.codePointCount(0, t.length()) > max) {
            throw new UserError(keyPrefix + ".too-long", max);
        }
        if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new UserError(TextRules.CONTROL_CHARACTERS);
        }
        return t;
    }

    // ---- deciding ----

    /** The nominations I may decide, newest first, a page at a time. */
    @PreAuthorize(IS_DECIDER)
    public BigWinSlice queue(@Nullable BigWinCursor before, int limit) {
        BravoUser me = currentUser.require();
        int size = size(limit);
        List<BigWin> items = store.queue(me.personId(), me.has(Role.HR), before, size + 1);
        return slice(items, size);
    }

    /** This nomination when it waits in my queue now; empty once decided, or when it is not mine to decide. */
    @PreAuthorize(IS_DECIDER)
    public Optional<BigWin> queued(long id) {
        BravoUser me = currentUser.require();
        return store.queued(me.personId(), me.has(Role.HR), id);
    }

    /** How many nominations wait for me. */
    @PreAuthorize(IS_DECIDER)
    public long waitingCount() {
        BravoUser me = currentUser.require();
        return store.queueCount(me.personId(), me.has(Role.HR));
    }

    /**
     * Approves a nomination: each active recipient receives its points from the company budget, and
     * it is published. Recipients who have left since the nomination get nothing; the approver saw them
     * named before confirming ({@link BigWin#left}), and the nominator's message and the audit name them.
     * Refused when the company budget is too small; nothing changes then.
     */
    @RetryOnDeadlock
    @PreAuthorize(IS_DECIDER)
    @Transactional
    public void approve(long id, @Nullable String note) {
        BravoUser me = currentUser.require();
        String n = text(note, false, NOTE_MAX, "bigwins.error.note");
        BigWinStore.Locked row = decidable(id, me);
        List<Long> all = store.recipientIds(id);
        List<Long> paid = store.activeAmong(all);
        // recipients who left between nomination and approval are not paid (the dialog names them first)
        List<Long> left = all.stream().filter(r -> !paid.contains(r)).toList();
        if (paid.isEmpty()) {
            throw new UserError("bigwins.error.recipients-left");
        }
        try {
            ledger.award(id, paid, row.points(), currentUser.actor());
        } catch (UserError e) {
            if (e.key().equals("recognition.error.company-budget-too-small")) {
                throw new UserError("bigwins.error.company-budget-too-small", e.args());
            }
            throw e;
        }
        Instant now = now();
        if (!store.decide(id, BigWinStatus.PUBLISHED, me.personId(), n.isEmpty() ? null : n, now)) {
            throw new UserError("bigwins.error.already-decided");
        }
        AuditMessage approved;
        if (left.isEmpty()) {
            approved = auditMessage("audit.msg.big-win-approved", id, row, paid);
        } else {
            var names = people.displayNames(left);
            approved = auditMessage("audit.msg.big-win-approved-some-left", id, row, paid)
                    .text("left", left.stream().map(r -> names.getOrDefault(r, "#" + r)).collect(Collectors.joining(", ")));
        }
        audit.record(AuditAction.BIG_WIN_APPROVED, "kudos", id, approved.text("note", n));
        events.publishEvent(new BigWinApproved(id, row.nominatorId(), paid, row.points(), me.personId(), left));
        events.publishEvent(new BigWinQueueChanged(id));
        events.publishEvent(new KudosPublished(id));
    }

    /** Declines a nomination with a note that the nominator sees. */
    @PreAuthorize(IS_DECIDER)
    @Transactional
    public void decline(long id, String note) {
        BravoUser me = currentUser.require();
        String n = text(note, true, NOTE_MAX, "bigwins.error.note");
        BigWinStore.Locked row = decidable(id, me);
        if (!store.decide(id, BigWinStatus.DECLINED, me.personId(), n, now())) {
            throw new UserError("bigwins.error.already-decided");
        }
        List<Long> recipients = store.recipientIds(id);
        audit.record(AuditAction.BIG_WIN_DECLINED, "kudos", id,
                auditMessage("audit.msg.big-win-declined", id, row, recipients).text("note", n));
        events.publishEvent(new BigWinDeclined(id, row.nominatorId(), recipients, n, me.personId()));
        events.publishEvent(new BigWinQueueChanged(id));
    }

    /** Locks a pending nomination that this person may decide, or says why they may not. */
    private BigWinStore.Locked decidable(long id, BravoUser me) {
        BigWinStore.Locked row = store.lock(id).orElseThrow(() -> new UserError("bigwins.error.not-found"));
        if (row.nominatorId() == me.personId()) {
            throw new UserError("bigwins.error.own-nomination");
        }
        if (row.status() != BigWinStatus.PENDING) {
            throw new UserError("bigwins.error.already-decided");
        }
        if (store.recipientIds(id).contains(me.personId())) {
            throw new UserError("bigwins.error.own-award");
        }
        boolean routedToMe = row.approverId() != null && row.approverId() == me.personId() && store.canApprove(me.personId());
        boolean hrDecides = row.approverId() == null || !store.canApprove(row.approverId());
        if (!routedToMe && !(hrDecides && me.has(Role.HR))) {
            throw new UserError("bigwins.error.not-yours");
        }
        return row;
    }

    private AuditMessage auditMessage(String key, long id, BigWinStore.Locked row, List<Long> recipients) {
        var names = people.displayNames(recipients);
        String award = store.find(id).map(w -> w.awardNameEn()).orElse("");
        return AuditMessage.of(key).subject(recipients.stream().map(r -> names.getOrDefault(r, "#" + r))
                        .collect(Collectors.joining(", ")))
                .quote("quote", row.message()).text("award", award).text("points", row.points());
    }

    // ---- reading ----

    /** My own nominations, newest first, with what became of them. */
    public BigWinSlice myNominations(@Nullable BigWinCursor before, int limit) {
        int size = size(limit);
        return slice(store.nominatedBy(currentUser.require().personId(), before, size + 1), size);
    }

    /** The latest approved big wins everyone may see, newest first. */
    public List<BigWin> recentBigWins(int limit) {
        return store.recentPublished(size(limit));
    }

    private static BigWinSlice slice(List<BigWin> fetched, int size) {
        if (fetched.size() <= size) {
            return new BigWinSlice(fetched, null);
        }
        List<BigWin> items = fetched.subList(0, size);
        BigWin last = items.get(size - 1);
        return new BigWinSlice(List.copyOf(items), new BigWinCursor(last.createdAt(), last.id()));
    }

    private static int size(int limit) {
        return Math.max(1, Math.min(limit, PAGE_MAX));
    }

    private Instant now() {
        return clock.instant();
    }
}
