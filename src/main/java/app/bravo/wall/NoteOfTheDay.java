package app.bravo.wall;

import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditMessage;
import app.bravo.audit.AuditService;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.wall.internal.NoteOfTheDayRepository;
import app.bravo.wall.internal.WallQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The note of the day (DESIGN section 2.1): one published note featured each day, kept in
 * {@code feedback_note.featured_on}, whose unique index makes two picks for one day impossible.
 * A moderator may choose it; otherwise {@link NoteOfTheDayJob} picks the freshest, highest-scoring
 * published note never featured. "Today" is the day in the company's zone,
 * {@code bravo.company-zone} (UTC unless set), so every screen agrees on when the day changes.
 * <p>
 * Office screens have no signed-in person: the methods they call are open, take nothing that
 * could widen what they see, and return only published notes as {@link ScreenNote}s.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class NoteOfTheDay {

    /** The most notes a screen asks for at once. */
    public static final int SCREEN_MAX = 50;
    private static final Logger log = LoggerFactory.getLogger(NoteOfTheDay.class);

    private final NoteOfTheDayRepository notes;
    private final PublishedNotes published;
    private final WallQueries queries;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;

    NoteOfTheDay(NoteOfTheDayRepository notes, PublishedNotes published, WallQueries queries, AuditService audit, ApplicationEventPublisher events, Clock clock,
                 @Value("${bravo.company-zone:UTC}") ZoneId zone) {
        this.notes = notes;
        this.published = published;
        this.queries = queries;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.zone = zone;
    }

    /** Today in the company's zone. */
    public LocalDate day() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Today's note, for the home page and for office screens (no sign-in): a published note or nothing. */
    @PreAuthorize("permitAll()")
    public Optional<ScreenNote> today() {
        return queries.featuredOn(day())
                .flatMap(id -> published.find(id, WallFilter.NONE, false))
                .map(ScreenNote::of);
    }

    /**
     * The published notes an office screen rotates through, newest first: those crediting one of
     * the departments, or all when none are given. Only what the wall shows publicly anyway.
     */
    @PreAuthorize("permitAll()")
    public List<ScreenNote> forScreen(Collection<Long> departments, int limit) {
        var filter = WallFilter.anyOfDepartments(Set.copyOf(departments));
        return published.page(filter, null, Math.clamp(limit, 1, SCREEN_MAX), false).map(ScreenNote::of).items();
    }

    /** A moderator's choice for today; it replaces today's pick. Only published notes, audited. */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    @Transactional
    public void feature(long noteId) {
        LocalDate today = day();
        FeedbackNote note = notes.findById(noteId).orElseThrow(() -> new UserError("wall.error.not-found"));
        if (note.getStatus() != FeedbackStatus.PUBLISHED) {
            throw new UserError("kiosk.featured.error.not-published");
        }
        if (today.equals(note.getFeaturedOn())) {
            return;
        }
        if (note.getFeaturedOn() != null) {
            throw new UserError("kiosk.featured.error.already");
        }
        notes.unfeature(today);
        if (notes.feature(noteId, today) != 1) {
            throw new UserError("kiosk.featured.error.not-published");
        }
        audit.record(AuditAction.NOTE_FEATURED, "feedback", noteId, AuditMessage.of("audit.msg.note-featured")
                .subject(AuditMessage.shortQuote(note.getQuote())).date("day", today));
        events.publishEvent(new NoteFeatured(noteId, today));
    }

    /**
     * The automatic pick for today, when there is none yet: what {@link NoteOfTheDayJob} runs. It
     * takes no input and does nothing when today already has a note, so anyone may trigger it.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<Long> pickAutomatically() {
        return pick(day());
    }

    /** The automatic pick for a given day; for moderators' tools and tests. */
    @PreAuthorize(Roles.IS_MODERATOR_OR_ADMIN)
    @Transactional
    public Optional<Long> pickAutomatically(LocalDate day) {
        return pick(day);
    }

    private Optional<Long> pick(LocalDate day) {
        if (notes.findByFeaturedOn(day).isPresent()) {
            return Optional.empty();
        }
        Optional<Long> picked = notes.findCandidate().filter(id -> notes.feature(id, day) == 1);
        picked.ifPresent(id -> {
            log.info("Note of the day {}: note {}", day, id);
            events.publishEvent(new NoteFeatured(id, day));
        });
        return picked;
    }

    /** The day's note id, for tests and the home card. */
    public Optional<Long> featuredOn(LocalDate day) {
        return notes.findByFeaturedOn(day).map(FeedbackNote::getId);
    }
}
