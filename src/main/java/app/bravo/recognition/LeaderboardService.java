package app.bravo.recognition;

import app.bravo.recognition.internal.LeaderboardQueries;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.CompanyCalendar.Month;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recognition's insights (issue 13, points 3 and 6): leaderboards by company month and department,
 * badges and values for profiles, each person's leaderboard and birthday choices, and HR's view of
 * reciprocal pairs. Everything is read as SQL aggregates over the kudos ({@link LeaderboardQueries});
 * nothing here writes a kudos.
 */
@Service
@PreAuthorize(Roles.IS_EMPLOYEE)
@Transactional(readOnly = true)
public class LeaderboardService {

    /** The longest leaderboard or pairs list one call returns. */
    public static final int MAX_LIMIT = 100;
    /** How many ended months a value champion's badge looks back over. */
    public static final int CHAMPION_MONTHS = 12;
    /** How many months the leaderboard's month picker offers, the current one first. */
    public static final int SELECTABLE_MONTHS = 24;
    /** The longest period of the reciprocal-pairs view, in days. */
    public static final int MAX_PAIRS_DAYS = 3 * 366;

    private final LeaderboardQueries queries;
    private final CompanyCalendar calendar;
    private final CurrentUser currentUser;

    LeaderboardService(LeaderboardQueries queries, CompanyCalendar calendar, CurrentUser currentUser) {
        this.queries = queries;
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    // ---- leaderboards ----

    /** The months the leaderboard offers: the current company month first, then the ones before it. */
    public List<Month> months() {
        var months = new ArrayList<Month>();
        Month m = calendar.currentMonth();
        for (int i = 0; i < SELECTABLE_MONTHS; i++) {
            months.add(m);
            m = calendar.previous(m);
        }
        return months;
    }

    /** The current company month's leaderboards. */
    public Leaderboards leaderboards(@Nullable Long departmentId, int limit) {
        return leaderboards(calendar.currentMonth(), departmentId, limit);
    }

    /**
     * The leaderboards of a company month, for the whole company or a department with its
     * sub-departments (by the department people belong to now): the top {@code limit} by kudos
     * received and by kudos given. People who opted out, and former staff, never appear.
     */
    public Leaderboards leaderboards(Month month, @Nullable Long departmentId, int limit) {
        int n = Math.clamp(limit, 1, MAX_LIMIT);
        boolean optedOut = currentUser.get().map(u -> queries.preferences(u.personId()).hiddenFromLeaderboards()).orElse(false);
        return new Leaderboards(month, departmentId, queries.received(month, departmentId, n),
                queries.given(month, departmentId, n), optedOut);
    }

    // ---- profiles ----

    public RecognitionTotals totals(long personId) {
        return queries.totals(personId);
    }

    /** The company values the person's kudos carried most often, with how many. */
    public List<ValueCount> values(long personId, int limit) {
        return queries.values(personId, Math.clamp(limit, 1, MAX_LIMIT));
    }

    /**
     * The person's badges, computed from the kudos: first kudos, 10 and 50 kudos received, generous
     * giver (10 given), big win, and one value champion's badge per value and month won among the
     * last {@value #CHAMPION_MONTHS} company months that have ended (newest first).
     */
    public List<Badge> badges(long personId) {
        var badges = new ArrayList<Badge>();
        RecognitionTotals totals = queries.totals(personId);
        for (BadgeKind k : List.of(BadgeKind.FIRST_KUDOS, BadgeKind.TEN_KUDOS, BadgeKind.FIFTY_KUDOS)) {
            if (totals.received() >= k.threshold()) {
                badges.add(Badge.of(k));
            }
        }
        if (totals.given() >= BadgeKind.GENEROUS_GIVER.threshold()) {
            badges.add(Badge.of(BadgeKind.GENEROUS_GIVER));
        }
        if (totals.received() > 0 && queries.bigWinsReceived(personId) > 0) {
            badges.add(Badge.of(BadgeKind.BIG_WIN));
        }
        if (totals.received() > 0) {
            var months = new ArrayList<Month>();
            Month m = calendar.currentMonth();
            for (int i = 0; i < CHAMPION_MONTHS; i++) {
                m = calendar.previous(m);
                months.add(m);
            }
            badges.addAll(queries.valueChampion(personId, months));
        }
        return badges;
    }

    // ---- my choices ----

    public RecognitionPreferences myPreferences() {
        return queries.preferences(currentUser.require().personId());
    }

    /**
     * Saves the signed-in person's choices. A birthday is a real month and day (29 February
     * included: in other years it is celebrated on the 28th); it is needed to celebrate one, and it
     * is kept only while the person wants it celebrated.
     */
    @Transactional
    public void updatePreferences(boolean hiddenFromLeaderboards, boolean celebrateBirthday,
                                  @Nullable Integer birthdayMonth, @Nullable Integer birthdayDay) {
        long me = currentUser.require().personId();
        MonthDay birthday = null;
        if (birthdayMonth != null || birthdayDay != null) {
            if (birthdayMonth == null || birthdayDay == null) {
                throw new UserError("leaderboards.error.birthday-invalid");
            }
            try {
                birthday = MonthDay.of(birthdayMonth, birthdayDay);
            } catch (DateTimeException notADay) {
                throw new UserError("leaderboards.error.birthday-invalid");
            }
        }
        if (celebrateBirthday && birthday == null) {
            throw new UserError("leaderboards.error.birthday-required");
        }
        queries.savePreferences(me, new RecognitionPreferences(hiddenFromLeaderboards, celebrateBirthday,
                celebrateBirthday ? birthday : null));
    }

    // ---- against gaming, for HR ----

    /**
     * Pairs of people who recognised each other between two days of the company calendar (both
     * included), the pair with the most points between them first: what each gave the other, the
     * share of each one's recognition that went to the other, and the pair's share of all points
     * given in the period.
     */
    @PreAuthorize(Roles.IS_HR_OR_ADMIN)
    public List<ReciprocalPair> reciprocalPairs(LocalDate from, LocalDate to, int limit) {
        if (to.isBefore(from)) {
            throw new UserError("leaderboards.error.period-order");
        }
        if (from.plusDays(MAX_PAIRS_DAYS).isBefore(to)) {
            throw new UserError("leaderboards.error.period-too-long", MAX_PAIRS_DAYS);
        }
        return queries.reciprocalPairs(calendar.startOf(from), calendar.startOf(to.plusDays(1)), Math.clamp(limit, 1, MAX_LIMIT));
    }
}
