package app.bravo.wall;

import app.bravo.people.PeopleService;
import app.bravo.wall.internal.WallQueries;
import app.bravo.wall.internal.WallQueries.NoteRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one read path of published notes (DESIGN section 4): the wall, the API, office screens,
 * profiles, the home page and the note of the day all read through here, by keyset pages in the
 * wall's order, and get the same {@link NoteView}s. Not a public face: the services of this package
 * call it after their own security checks. Office screens read without names ({@code names} false),
 * since no one is signed in there and a screen shows no credits.
 * <p>
 * The popular tags are one aggregate over all published notes; they are kept for
 * {@link #TAGS_FRESH} and forgotten when a note is published, edited or taken off the wall on this
 * instance (other instances catch up within that time).
 */
@Component
class PublishedNotes {

    static final Duration TAGS_FRESH = Duration.ofMinutes(5);
    static final int TAGS_KEPT = 200;

    private record Tags(List<String> tags, Instant at) {
    }

    private final WallQueries queries;
    private final PeopleService people;
    private final Clock clock;
    private volatile @Nullable Tags tags;

    PublishedNotes(WallQueries queries, PeopleService people, Clock clock) {
        this.queries = queries;
        this.people = people;
        this.clock = clock;
    }

    /** A page (1 to {@link WallService#PAGE_MAX} notes) after the cursor, or from the newest. */
    WallSlice<NoteView> page(WallFilter filter, @Nullable WallCursor after, int size, boolean names) {
        int limit = Math.clamp(size, 1, WallService.PAGE_MAX);
        List<NoteRow> rows = queries.page(filter, null, after, limit + 1);
        boolean more = rows.size() > limit;
        List<NoteView> notes = views(more ? rows.subList(0, limit) : rows, names);
        NoteView last = more ? notes.getLast() : null;
        return new WallSlice<>(notes, last == null ? null : new WallCursor(Objects.requireNonNull(last.publishedAt()), last.id()));
    }

    /** One published note, if it matches the filter. */
    Optional<NoteView> find(long id, WallFilter filter, boolean names) {
        return views(queries.page(filter, id, null, 1), names).stream().findFirst();
    }

    /** The most used tags of published notes, most used first. */
    List<String> popularTags(int limit) {
        Instant now = clock.instant();
        Tags t = tags;
        if (t == null || !now.isBefore(t.at().plus(TAGS_FRESH)) || now.isBefore(t.at())) {
            t = new Tags(List.copyOf(queries.popularTags(TAGS_KEPT)), now);
            tags = t;
        }
        return t.tags().subList(0, Math.min(Math.clamp(limit, 1, TAGS_KEPT), t.tags().size()));
    }

    /** What the wall shows changed (a note published, edited or taken off): the tags are read again after commit. */
    void changed() {
        tags = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    tags = null;
                }
            });
        }
    }

    private List<NoteView> views(List<NoteRow> rows, boolean names) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(NoteRow::id).toList();
        Map<Long, List<String>> tagsByNote = queries.tags(ids);
        Map<Long, List<Long>> credited = names ? queries.creditedPeople(ids) : Map.of();
        Map<Long, List<Long>> departments = names ? queries.creditedDepartments(ids) : Map.of();
        Set<Long> personIds = new HashSet<>();
        credited.values().forEach(personIds::addAll);
        Set<Long> departmentIds = new HashSet<>();
        departments.values().forEach(departmentIds::addAll);
        Map<Long, String> personNames = personIds.isEmpty() ? Map.of() : people.displayNames(personIds);
        Map<Long, String> departmentNames = departmentIds.isEmpty() ? Map.of() : people.departmentNames(departmentIds);
        return rows.stream().map(r -> new NoteView(r.id(), r.status(), r.quote(), r.redacted(), r.customerName(), r.company(),
                r.channel(), r.score(), r.scoreType(), r.receivedOn(), r.source(), r.createdAt(), r.publishedAt(),
                tagsByNote.getOrDefault(r.id(), List.of()),
                credits(credited.getOrDefault(r.id(), List.of()), personNames),
                credits(departments.getOrDefault(r.id(), List.of()), departmentNames))).toList();
    }

    private static List<Credit> credits(List<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> new Credit(id, names.getOrDefault(id, "#" + id))).toList();
    }
}
