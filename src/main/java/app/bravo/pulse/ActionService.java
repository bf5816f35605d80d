package app.bravo.pulse;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.people.PeopleService;
import app.bravo.pulse.internal.ActionStore;
import app.bravo.pulse.internal.SurveyStore;
import app.bravo.security.BravoUser;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.security.Roles;
import app.bravo.shared.KeysetPage;
import app.bravo.shared.KeysetToken;
import app.bravo.shared.TextRules;
import app.bravo.shared.UserError;
import app.bravo.shared.time.CompanyCalendar;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "You said, we did" action plans (issue 14 point 7): HR and managers publish what they do about a
 * closed round's results, tied to the round and optionally one of its questions, with an owner, a
 * due date and a status; every employee reads them and follows their progress timeline. HR may
 * change any action; a manager only those they published or own (DD024). A round must be closed
 * before anyone answers it: "you said" needs the results. Edits and status changes name the
 * version they read, and the database refuses a stale one. Every change is in the audit log.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class ActionService {

    /** Who publishes action plans: HR and managers (DESIGN section 2.4). */
    public static final String IS_PUBLISHER = "hasAnyRole('" + Roles.HR + "','" + Roles.MANAGER + "')";
    public static final int PAGE_MAX = 50;
    /** The most actions one round's results page lists; no round gets that many. */
    public static final int ROUND_MAX = 100;
    public static final int ROUNDS_MAX = 100;

    private final ActionStore store;
    private final SurveyStore surveys;
    private final PeopleService people;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final CompanyCalendar calendar;

    ActionService(ActionStore store, SurveyStore surveys, PeopleService people, AuditService audit, CurrentUser currentUser,
                  CompanyCalendar calendar) {
        this.store = store;
        this.surveys = surveys;
        this.people = people;
        this.audit = audit;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    /** The published actions, newest first, a page after the cursor; for every employee. */
    public KeysetPage<ActionPlan> page(ActionFilter filter, @Nullable KeysetToken after, int size) {
        int n = Math.clamp(size, 1, PAGE_MAX);
        BravoUser me = currentUser.require();
        return KeysetPage.of(store.page(filter, after, n + 1), n, a -> new KeysetToken(a.createdAt(), a.id()))
                .map(a -> a.editable(may(me, a)));
    }

    /** The actions that answer this round, newest first (a round's results page links them). */
    public List<ActionPlan> actionsOfRound(long roundId) {
        BravoUser me = currentUser.require();
        return store.page(new ActionFilter(null, roundId, null), null, ROUND_MAX).stream().map(a -> a.editable(may(me, a))).toList();
    }

    /** @throws UserError {@code pulseactions.error.no-action} */
    public ActionPlan action(long id) {
        BravoUser me = currentUser.require();
        return store.find(id).map(a -> a.editable(may(me, a))).orElseThrow(() -> new UserError("pulseactions.error.no-action"));
    }

    /** A closed round, for the heading of its actions; empty for a round that is not closed. */
    public java.util.Optional<ClosedRound> closedRound(long roundId) {
        return store.closedRound(roundId);
    }

    /** Whether the signed-in person may publish actions (the view shows "New action" then). */
    public boolean canPublish() {
        BravoUser me = currentUser.require();
        return me.has(Role.HR) || me.has(Role.MANAGER);
    }

    /** The closed rounds an action can answer, the latest first. */
    @PreAuthorize(IS_PUBLISHER)
    public List<ClosedRound> closedRounds() {
        return store.closedRounds(ROUNDS_MAX);
    }

    /** The questions of a round's survey, in order. @throws UserError {@code pulseactions.error.no-round} */
    @PreAuthorize(IS_PUBLISHER)
    public List<Question> questions(long roundId) {
        return surveys.questions(store.round(roundId).orElseThrow(() -> new UserError("pulseactions.error.no-round")).surveyId());
    }

    /**
     * Publishes an action, PLANNED, the first step of its timeline; returns its id.
     *
     * @throws UserError {@code pulseactions.error.no-round}, {@code pulseactions.error.round-open},
     *                   {@code pulseactions.error.no-question}, {@code pulseactions.error.title.required},
     *                   {@code pulseactions.error.title.too-long}, {@code pulseactions.error.body.too-long},
     *                   {@code pulseactions.error.owner-inactive}, {@code pulseactions.error.due-before-round}
     */
    @PreAuthorize(IS_PUBLISHER)
    @Transactional
    public long create(ActionForm form) {
        ActionForm f = checked(form);
        long id = store.create(f, currentUser.require().personId(), calendar.now());
        audit.record(AuditAction.ACTION_PLAN_CREATED, "pulse-action", id, AuditMessage.of("audit.msg.action-created")
                .subject(f.title()).text("round", f.roundId()));
        return id;
    }

    /**
     * Changes what the action says, over the version read.
     *
     * @throws UserError as {@link #create}, and {@code pulseactions.error.no-action},
     *                   {@code pulseactions.error.not-yours} (a manager's change to another's action),
     *                   {@code pulseactions.error.stale} (someone changed it since)
     */
    @PreAuthorize(IS_PUBLISHER)
    @Transactional
    public void update(long id, int version, ActionForm form) {
        mine(id);
        ActionForm f = checked(form);
        if (!store.update(id, version, f, calendar.now())) {
            throw new UserError("pulseactions.error.stale");
        }
        audit.record(AuditAction.ACTION_PLAN_UPDATED, "pulse-action", id, AuditMessage.of("audit.msg.action-updated")
                .subject(f.title()));
    }

    /**
     * Sets the status, with a progress note, over the version read; the step joins the timeline.
     *
     * @throws UserError {@code pulseactions.error.no-action}, {@code pulseactions.error.not-yours},
     *                   {@code pulseactions.error.nothing-changed} (same status and no note),
     *                   {@code pulseactions.error.note.too-long}, {@code pulseactions.error.stale}
     */
    @PreAuthorize(IS_PUBLISHER)
    @Transactional
    public void changeStatus(long id, int version, ActionStatus status, String note) {
        ActionPlan a = mine(id);
        String n = multiline(Objects.requireNonNullElse(note, ""), ActionForm.NOTE_MAX, "pulseactions.error.note");
        if (status == a.status() && n.isEmpty()) {
            throw new UserError("pulseactions.error.nothing-changed");
        }
        if (!store.changeStatus(id, version, status, n.isEmpty() ? null : n, currentUser.require().personId(), calendar.now())) {
            throw new UserError("pulseactions.error.stale");
        }
        audit.record(AuditAction.ACTION_PLAN_STATUS_CHANGED, "pulse-action", id, AuditMessage.of("audit.msg.action-status")
                .subject(a.title()).translated("status", "pulseactions.status.", status.name()));
    }

    // ---- rules ----

    private ActionPlan mine(long id) {
        ActionPlan a = store.find(id).orElseThrow(() -> new UserError("pulseactions.error.no-action"));
        if (!may(currentUser.require(), a)) {
            throw new UserError("pulseactions.error.not-yours");
        }
        return a;
    }

    /** HR changes any action; a manager those they published or own. */
    private static boolean may(BravoUser me, ActionPlan a) {
        return me.has(Role.HR) || me.has(Role.MANAGER) && (a.createdBy() == me.personId() || a.ownerId() == me.personId());
    }

    private ActionForm checked(ActionForm f) {
        String title = TextRules.check(f.title(), true, ActionForm.TITLE_MAX, "pulseactions.error.title");
        String body = multiline(f.body(), ActionForm.BODY_MAX, "pulseactions.error.body");
        ActionStore.RoundFacts round = store.round(f.roundId()).orElseThrow(() -> new UserError("pulseactions.error.no-round"));
        if (round.status() != RoundStatus.CLOSED) {
            throw new UserError("pulseactions.error.round-open");
        }
        if (f.questionId() != null && !surveys.surveyOfQuestion(f.questionId()).map(s -> s == round.surveyId()).orElse(false)) {
            throw new UserError("pulseactions.error.no-question");
        }
        if (people.activeAmong(Set.of(f.ownerId())).isEmpty()) {
            throw new UserError("pulseactions.error.owner-inactive");
        }
        if (f.dueDate() != null && f.dueDate().isBefore(round.closeDate())) {
            throw new UserError("pulseactions.error.due-before-round");
        }
        return new ActionForm(f.roundId(), f.questionId(), title, body, f.ownerId(), f.dueDate());
    }

    /** A text of several lines: stripped, within the limit, no control characters but line breaks and tabs. */
    static String multiline(String text, int max, String keyPrefix) {
        String t = text.strip();
        if (t.codePointCount(0, t.length()) > max) {
            throw new UserError(keyPrefix + ".too-long", max);
        }
        if (t.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new UserError(TextRules.CONTROL_CHARACTERS);
        }
        return t;
    }
}
