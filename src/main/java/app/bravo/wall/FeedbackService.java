package app.bravo.wall;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.people.PeopleService;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.wall.internal.FeedbackNoteRepository;
import app.bravo.wall.internal.PersonalDataScanner;
import app.bravo.wall.internal.WallSearchIndex;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Window;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wall's public face. Any employee submits feedback (and integrations through the API); it
 * waits as PENDING until a moderator approves, edits, rejects or archives it, each action audited.
 * Only PUBLISHED notes are ever returned to readers of the wall.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class FeedbackService {

    private final FeedbackNoteRepository notes;
    private final PeopleService people;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonalDataScanner scanner = new PersonalDataScanner();
    private final PublishedNotes published;
    private final WallSearchIndex searchIndex;

    FeedbackService(FeedbackNoteRepository notes, PeopleService people, AuditService audit, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock, PublishedNotes published, WallSearchIndex searchIndex) {
        this.notes = notes;
        this.published = published;
        this.searchIndex = searchIndex;
        this.people = people;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    // ---- intake ----

    /** An employee's submission through the form; it waits for moderation. */
    @Transactional
    public SubmitResult submit(FeedbackForm form) {
        return create(form, FeedbackSource.FORM, currentUser.require().personId(), null);
    }

    /**
     * An integration's submission. A note with the same external id from the same integration is
     * never made twice: the first one is returned instead (with {@code created} false); another
     * integration's ids are out of its reach. Two simultaneous first requests meet the unique index;
     * the loser's caller looks the note up with {@link #findByExternalId}.
     */
    @PreAuthorize(Roles.IS_FEEDBACK_INTAKE)
    @Transactional
    public SubmitResult submitFromApi(long integrationId, FeedbackForm form) {
        if (form.externalId() != null) {
            Optional<FeedbackNote> earlier = notes.findByApiIntegrationIdAndExternalId(integrationId, form.externalId());
            if (earlier.isPresent()) {
                return new SubmitResult(earlier.get().getId(), earlier.get().getStatus(), List.of(), false);
            }
        }
        return create(form, FeedbackSource.API, null, integrationId);
    }

    /** The note an integration's external id made, if any, for integrations that retry. */
    @PreAuthorize(Roles.IS_FEEDBACK_INTAKE)
    public Optional<SubmitResult> findByExternalId(long integrationId, String externalId) {
        return notes.findByApiIntegrationIdAndExternalId(integrationId, externalId)
                .map(n -> new SubmitResult(n.getId(), n.getStatus(), List.of(), false));
    }

    /** Where a note the integration posted is in moderation; empty for any other note. */
    @PreAuthorize(Roles.IS_FEEDBACK_INTAKE)
    public Optional<FeedbackStatus> statusOf(long integrationId, long id) {
        return notes.findByIdAndApiIntegrationId(id, integrationId).map(FeedbackNote::getStatus);
    }

    private SubmitResult create(FeedbackForm form, FeedbackSource source, @Nullable Long submittedBy, @Nullable Long integrationId) {
        FeedbackRules.check(FeedbackRules.problems(form, latestToday()));
        Instant now = Instant.now(clock);
        var note = new FeedbackNote(Objects.requireNonNull(form.quote()), Objects.requireNonNull(form.channel()),
                form.receivedOn() == null ? LocalDate.now(clock) : form.receivedOn(), source, submittedBy, form.externalId(), now);
        if (integrationId != null) {
            note.postedBy(integrationId);
        }
        List<String> unknown = apply(note, form, Set.of(), Set.of());
        notes.saveAndFlush(note);
        index(note);
        return new SubmitResult(note.getId(), note.getStatus(), unknown, true);
    }

    /**
     * Copies the form onto the note; returns the credited people who are no active person. People and
     * departments the note already credits ({@code keptPeople}, {@code keptDepartments}) stay allowed
     * even if they have left or been removed since, so that a moderator can still edit such a note.
     */
    private List<String> apply(FeedbackNote note, FeedbackForm form, Set<Long> keptPeople, Set<Long> keptDepartments) {
        note.setQuote(Objects.requireNonNull(form.quote()));
        note.setCustomerName(form.customerName());
        note.setCompany(form.company());
        note.setChannel(Objects.requireNonNull(form.channel()));
        note.setScore(form.score(), form.scoreType());
        if (form.receivedOn() != null) {
            note.setReceivedOn(form.receivedOn(), latestToday());
        }
        note.setTags(form.tags());

        List<String> unknown = new ArrayList<>();
        Set<Long> credited = new LinkedHashSet<>();
        Map<String, Long> byEmail = people.activeIdsByEmail(form.creditedEmails());
        for (String email : new LinkedHashSet<>(form.creditedEmails())) {
            Long id = byEmail.get(email);
            if (id == null) {
                unknown.add(email);
            } else {
                credited.add(id);
            }
        }
        Set<Long> active = people.activeAmong(form.creditedPeople());
        for (Long id : new LinkedHashSet<>(form.creditedPeople())) {
            if (active.contains(id) || keptPeople.contains(id)) {
                credited.add(id);
            } else {
                unknown.add("#" + id);
            }
        }
        note.setCreditedPeople(credited);

        Set<Long> departments = people.departmentNames(form.creditedDepartments()).keySet();
        List<FieldProblem> badDepartments = new ArrayList<>();
        for (int i = 0; i < form.creditedDepartments().size(); i++) {
            Long department = form.creditedDepartments().get(i);
            if (!departments.contains(department) && !keptDepartments.contains(department)) {
                badDepartments.add(new FieldProblem("creditedDepartments[" + i + "]", "wall.error.department-unknown"));
            }
        }
        FeedbackRules.check(badDepartments);
        note.setCreditedDepartments(new HashSet<>(form.creditedDepartments()));
        return unknown;
    }

    // ---- the wall ----

    /**
     * Published notes, most recently published first, a keyset page after the cursor ({@code null}:
     * from the newest), {@code size} from 1 to {@value WallService#PAGE_MAX}. Nothing else is ever public.
     */
    @PreAuthorize(Roles.IS_EMPLOYEE_OR_WALL_READER)
    public WallSlice<NoteView> published(@Nullable WallCursor after, int size) {
        return published.page(WallFilter.NONE, after, size, true);
    }



    // ---- my submissions ----

    public static final int SUBMISSIONS_PAGE_MAX = 50;

    /**
     * The signed-in person's own submissions (never anyone else's), newest first, whatever became of
     * them: waiting, published, rejected with the reason, archived. Paged by keyset on (submitted time,
     * id): pass {@code ScrollPosition.keyset()} for the first page and the window's last position
     * for the next.
     */
    @PreAuthorize(Roles.IS_EMPLOYEE)
    public Window<Submission> mySubmissions(ScrollPosition after, int size) {
        long me = currentUser.require().personId();
        return notes.findBySubmittedByOrderByCreatedAtDescIdDesc(me, after, Limit.of(Math.clamp(size, 1, SUBMISSIONS_PAGE_MAX)))
                .map(n -> new Submission(n.getId(), n.getStatus(), n.getQuote(), n.getCustomerName(), n.getCompany(),
                        n.getChannel(), n.getCreatedAt(), n.getStatus() == FeedbackStatus.PENDING ? null : n.getModeratedAt(),
                        n.getRejectReason()));
    }

    // ---- moderation ----

    /** The moderation queue, newest first, with the personal data found in each quote and a proposed redaction. */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    public Slice<PendingNote> pending(Pageable page) {
        Slice<FeedbackNote> slice = notes.findByStatusOrderByCreatedAtDescIdDesc(FeedbackStatus.PENDING, page);
        Names names = names(slice.getContent());
        return slice.map(n -> {
            var scan = scanner.scan(n.getQuote());
            Long by = n.getSubmittedBy();
            Credit submitter = by == null ? null : new Credit(by, names.people().getOrDefault(by, "#" + by));
            return new PendingNote(view(n, names), submitter, scan.found(), scan.proposedRedaction());
        });
    }

    /** Any one note, whatever its status, for moderators. */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    public Optional<NoteView> find(long id) {
        return notes.findById(id).map(n -> view(n, names(List.of(n))));
    }

    /**
     * Publishes a pending note, with the moderator's version of the quote when given (accepting the
     * proposed redaction, or their own edit), and announces {@link FeedbackApproved}.
     */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    @Transactional
    public void approve(long id, @Nullable String editedQuote) {
        FeedbackNote note = note(id);
        boolean changed = editedQuote != null && !FeedbackRules.normaliseMultiline(editedQuote).equals(note.getQuote());
        if (changed) {
            note.redact(editedQuote);
        }
        Instant now = Instant.now(clock);
        note.publish(moderator(), now);
        index(note);
        audit.record(AuditAction.FEEDBACK_APPROVED, "feedback", id,
                noteMessage(changed ? "audit.msg.note-approved.edited" : "audit.msg.note-approved", note));
        events.publishEvent(new FeedbackApproved(id, note.getCreditedPeople(), note.getCreditedDepartments(), now));
    }

    /**
     * A moderator's edit of a pending or published note, credits included; the audit names the fields
     * changed, not their text. Someone credited who has left since stays credited unless removed; only
     * newly credited people must be active.
     */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    @Transactional
    public void edit(long id, FeedbackForm form) {
        FeedbackNote note = note(id);
        if (note.getStatus() != FeedbackStatus.PENDING && note.getStatus() != FeedbackStatus.PUBLISHED) {
            throw new UserError("wall.error.wrong-status", note.getStatus().name());
        }
        FeedbackRules.check(FeedbackRules.problems(form, latestToday()));
        var before = view(note, Names.NONE);
        String quote = FeedbackRules.normaliseMultiline(Objects.requireNonNull(form.quote()));
        if (!quote.equals(note.getQuote())) {
            note.redact(quote);
        }
        List<String> unknown = apply(note, form, note.getCreditedPeople(), note.getCreditedDepartments());
        if (!unknown.isEmpty()) {
            throw new InvalidFeedback(List.of(new FieldProblem("creditedPeople", "wall.error.credited-unknown", String.join(", ", unknown))));
        }
        var after = view(note, Names.NONE);
        index(note);
        List<String> changed = changedFields(before, after);
        audit.record(AuditAction.FEEDBACK_EDITED, "feedback", id, changed.isEmpty()
                ? noteMessage("audit.msg.note-edited.nothing", note)
                : noteMessage("audit.msg.note-edited", note).translated("fields", "moderation.field.", changed));
    }

    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    @Transactional
    public void reject(long id, String reason) {
        FeedbackNote note = note(id);
        note.reject(reason, moderator(), Instant.now(clock));
        audit.record(AuditAction.FEEDBACK_REJECTED, "feedback", id,
                noteMessage("audit.msg.note-rejected", note).text("reason", Objects.requireNonNull(note.getRejectReason())));
    }

    /** Takes a note out of use for good: off the wall, or out of the queue. */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    @Transactional
    public void archive(long id) {
        FeedbackNote note = note(id);
        FeedbackStatus was = note.getStatus();
        note.archive(moderator(), Instant.now(clock));
        published.changed();
        audit.record(AuditAction.FEEDBACK_ARCHIVED, "feedback", id,
                noteMessage("audit.msg.note-archived", note).translated("was", "audit.note-status.", was));
    }

    // ---- helpers ----

    private FeedbackNote note(long id) {
        return notes.findById(id).orElseThrow(() -> new UserError("wall.error.not-found"));
    }

    /**
     * An audit message about a note, named by the start of its quote; personal data in it is masked
     * as the moderation queue proposes, so that the audit log never repeats an address or number.
     */
    private AuditMessage noteMessage(String key, FeedbackNote note) {
        return AuditMessage.of(key).subject(AuditMessage.shortQuote(scanner.scan(note.getQuote()).proposedRedaction()));
    }

    /** The note's words for search, and the wall's tags read again: after every write of a note. */
    private void index(FeedbackNote note) {
        notes.flush();
        List<String> names = new ArrayList<>(people.displayNames(note.getCreditedPeople()).values());
        names.addAll(people.departmentNames(note.getCreditedDepartments()).values());
        searchIndex.index(note.getId(), note.getQuote(), note.getCustomerName(), note.getCompany(), note.getTags(), names);
        published.changed();
    }

    private long moderator() {
        return currentUser.require().personId();
    }

    private LocalDate latestToday() {
        return FeedbackRules.latestToday(clock);
    }

    private record Names(Map<Long, String> people, Map<Long, String> departments) {
        static final Names NONE = new Names(Map.of(), Map.of());
    }

    /** The names of everyone and every department these notes credit, in two queries. */
    private Names names(Collection<FeedbackNote> list) {
        Set<Long> personIds = new HashSet<>();
        Set<Long> departmentIds = new HashSet<>();
        for (FeedbackNote n : list) {
            personIds.addAll(n.getCreditedPeople());
            if (n.getSubmittedBy() != null) {
                personIds.add(n.getSubmittedBy());
            }
            departmentIds.addAll(n.getCreditedDepartments());
        }
        return new Names(people.displayNames(personIds), people.departmentNames(departmentIds));
    }

    private static NoteView view(FeedbackNote n, Names names) {
        return new NoteView(n.getId(), n.getStatus(), n.getQuote(), n.isRedacted(), n.getCustomerName(), n.getCompany(),
                n.getChannel(), n.getScore(), n.getScoreType(), n.getReceivedOn(), n.getSource(), n.getCreatedAt(),
                n.getPublishedAt(), n.getTags().stream().sorted().toList(),
                credits(n.getCreditedPeople(), names.people()), credits(n.getCreditedDepartments(), names.departments()));
    }

    private static List<Credit> credits(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().sorted().map(id -> new Credit(id, names.getOrDefault(id, "#" + id))).toList();
    }

    // ---- import (used by FeedbackImport) ----

    /**
     * One line of a moderator's CSV import: checked like the form and the API, made PENDING with
     * source CSV. The same external id never makes a second note: the first is returned with
     * {@code created} false.
     */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    @Transactional
    public SubmitResult submitFromImport(FeedbackForm form) {
        if (form.externalId() != null) {
            Optional<FeedbackNote> earlier = notes.findByExternalIdAndApiIntegrationIdIsNull(form.externalId());
            if (earlier.isPresent()) {
                return new SubmitResult(earlier.get().getId(), earlier.get().getStatus(), List.of(), false);
            }
        }
        return create(form, FeedbackSource.CSV, currentUser.require().personId(), null);
    }

    private static List<String> changedFields(NoteView a, NoteView b) {
        List<String> changed = new ArrayList<>();
        if (!a.quote().equals(b.quote())) changed.add("quote");
        if (!Objects.equals(a.customerName(), b.customerName())) changed.add("customerName");
        if (!Objects.equals(a.company(), b.company())) changed.add("company");
        if (a.channel() != b.channel()) changed.add("channel");
        if (!Objects.equals(a.score(), b.score()) || a.scoreType() != b.scoreType()) changed.add("score");
        if (!a.receivedOn().equals(b.receivedOn())) changed.add("receivedAt");
        if (!a.tags().equals(b.tags())) changed.add("tags");
        if (!a.creditedPeople().equals(b.creditedPeople())) changed.add("creditedPeople");
        if (!a.creditedDepartments().equals(b.creditedDepartments())) changed.add("creditedDepartments");
        return changed;
    }
}
