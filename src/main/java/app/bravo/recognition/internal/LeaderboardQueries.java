package app.bravo.recognition.internal;

import app.bravo.people.PersonSummary;
import app.bravo.recognition.Badge;
import app.bravo.recognition.BadgeKind;
import app.bravo.recognition.LeaderboardEntry;
import app.bravo.recognition.RecognitionPreferences;
import app.bravo.recognition.RecognitionTotals;
import app.bravo.recognition.ReciprocalPair;
import app.bravo.recognition.ValueCount;
import app.bravo.shared.time.CompanyCalendar.Month;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Recognition's figures as SQL aggregates over the kudos tables of V016 (never rows loaded and
 * counted in Java): leaderboards, the counts behind badges, a person's values, reciprocal pairs,
 * and the person's own preferences row.
 * <p>
 * What counts as recognition here: a small win or an approved big win ({@code kind} SMALL or BIG,
 * {@code status} PUBLISHED) that is public and not hidden by a moderator. Reciprocal pairs count
 * private and hidden ones too, since the points moved all the same. Leaderboards count a "+1"
 * add-on (not withdrawn, not hidden) on such a kudos as recognition too: given by its giver,
 * received by the kudos' recipients, in the month it was added; celebrations, given by no one,
 * stay out with their add-ons.
 * <p>
 * Instants are bound as plain Timestamps; the connection's UTC rule (DD018) stores and compares
 * them as UTC instants, as everything else does.
 */
@Component
public class LeaderboardQueries {

    /** The filter of recognition that leaderboards, badges and profiles count. */
    private static final String COUNTED = """
            k.kind IN ('SMALL', 'BIG') AND k.status = 'PUBLISHED' AND k.private_kudos = FALSE AND k.hidden = FALSE""";

    private static final String PERSON_COLUMNS = """
            p.id, p.display_name, p.email, p.job_title, dep.name AS department_name, p.active, p.photo_key""";

    private static final String SUBTREE = """
            WITH RECURSIVE subtree (id) AS (
                SELECT id FROM department WHERE id = :department
                UNION ALL
                SELECT d.id FROM department d JOIN subtree s ON d.parent_id = s.id)
            """;

    private final JdbcClient jdbc;

    LeaderboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }


    // ---- leaderboards ----

    /** The counted add-ons in the month, each joined to the recipients of its kudos (never its own giver). */
    private static final String ADD_ONS_TO_RECIPIENTS = """
            FROM kudos_addon a
            JOIN kudos k ON k.id = a.kudos_id
            JOIN kudos_recipient r ON r.kudos_id = a.kudos_id AND r.person_id <> a.giver_id
            WHERE %s AND a.deleted = FALSE AND a.hidden = FALSE AND a.created_at >= :start AND a.created_at < :end"""
            .formatted(COUNTED);

    /**
     * Who received the most kudos and add-ons in the month (then the most points), without people
     * who opted out or left.
     */
    public List<LeaderboardEntry> received(Month month, @Nullable Long departmentId, int limit) {
        return board("""
                SELECT e.pid, COUNT(*) AS n, COALESCE(SUM(e.pts), 0) AS pts
                FROM (SELECT r.person_id AS pid, r.points AS pts
                      FROM kudos k JOIN kudos_recipient r ON r.kudos_id = k.id
                      WHERE %s AND k.published_at >= :start AND k.published_at < :end
                      UNION ALL
                      SELECT r.person_id, a.points
                      %s) e
                GROUP BY e.pid""".formatted(COUNTED, ADD_ONS_TO_RECIPIENTS), month, departmentId, limit);
    }

    /**
     * Who gave the most kudos and add-ons in the month (then the most points from their own
     * allowance: a big win's points come from the company budget, not from its nominator). A kudos
     * or add-on to several people is one given, with the points of all.
     */
    public List<LeaderboardEntry> given(Month month, @Nullable Long departmentId, int limit) {
        return board("""
                SELECT e.pid, COUNT(*) AS n, COALESCE(SUM(e.pts), 0) AS pts
                FROM (SELECT k.giver_id AS pid, SUM(CASE WHEN k.kind = 'SMALL' THEN r.points ELSE 0 END) AS pts
                      FROM kudos k JOIN kudos_recipient r ON r.kudos_id = k.id
                      WHERE %s AND k.giver_id IS NOT NULL AND k.published_at >= :start AND k.published_at < :end
                      GROUP BY k.id, k.giver_id
                      UNION ALL
                      SELECT a.giver_id, SUM(a.points)
                      %s
                      GROUP BY a.id, a.giver_id) e
                GROUP BY e.pid""".formatted(COUNTED, ADD_ONS_TO_RECIPIENTS), month, departmentId, limit);
    }

    private List<LeaderboardEntry> board(String figures, Month month, @Nullable Long departmentId, int limit) {
        String sql = (departmentId == null ? "" : SUBTREE) + """
                SELECT %s, x.n, x.pts, RANK() OVER (ORDER BY x.n DESC, x.pts DESC) AS place
                FROM (%s) x
                JOIN person p ON p.id = x.pid
                LEFT JOIN department dep ON dep.id = p.department_id
                LEFT JOIN recognition_preference pref ON pref.person_id = p.id
                WHERE p.active = TRUE AND COALESCE(pref.hidden_from_leaderboards, FALSE) = FALSE
                %s
                ORDER BY x.n DESC, x.pts DESC, p.display_name, p.id
                LIMIT :limit""".formatted(PERSON_COLUMNS, figures,
                departmentId == null ? "" : "AND p.department_id IN (SELECT id FROM subtree)");
        var spec = jdbc.sql(sql).param("start", Timestamp.from(month.start())).param("end", Timestamp.from(month.end())).param("limit", limit);
        if (departmentId != null) {
            spec = spec.param("department", departmentId);
        }
        return spec.query((rs, i) -> new LeaderboardEntry(rs.getInt("place"), person(rs), rs.getLong("n"), rs.getLong("pts")))
                .list();
    }

    private static PersonSummary person(ResultSet rs) throws SQLException {
        return new PersonSummary(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
                rs.getString("job_title"), rs.getString("department_name"), rs.getBoolean("active"), rs.getString("photo_key"));
    }

    // ---- profiles and badges ----

    public RecognitionTotals totals(long personId) {
        return jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM kudos_recipient r JOIN kudos k ON k.id = r.kudos_id
                        WHERE r.person_id = :p AND %1$s),
                       (SELECT COUNT(*) FROM kudos k WHERE k.giver_id = :p AND %1$s)""".formatted(COUNTED))
                .param("p", personId)
                .query((rs, i) -> new RecognitionTotals(rs.getLong(1), rs.getLong(2))).single();
    }

    /** How many approved big wins (public, not hidden) the person received. */
    public long bigWinsReceived(long personId) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM kudos_recipient r JOIN kudos k ON k.id = r.kudos_id
                WHERE r.person_id = :p AND %s AND k.kind = 'BIG'""".formatted(COUNTED))
                .param("p", personId).query(Long.class).single();
    }

    /** The values the person's received kudos carried most often. */
    public List<ValueCount> values(long personId, int limit) {
        return jdbc.sql("""
                SELECT v.id, v.name, COUNT(*) AS n
                FROM kudos_recipient r
                JOIN kudos k ON k.id = r.kudos_id
                JOIN kudos_value kv ON kv.kudos_id = k.id
                JOIN company_value v ON v.id = kv.value_id
                WHERE r.person_id = :p AND %s
                GROUP BY v.id, v.name, v.position
                ORDER BY n DESC, v.position, v.name
                LIMIT :limit""".formatted(COUNTED))
                .param("p", personId).param("limit", limit)
                .query((rs, i) -> new ValueCount(rs.getLong(1), rs.getString(2), rs.getLong(3))).list();
    }

    /**
     * The (month, value) pairs among these months in which the person received at least as many
     * kudos with the value as anyone else (ties: everyone tied is champion), newest month first.
     */
    public List<Badge> valueChampion(long personId, List<Month> months) {
        if (months.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            Month m = months.get(i);
            rows.append(i == 0 ? "SELECT " : " UNION ALL SELECT ")
                    .append(":k").append(i).append(", :s").append(i).append(", :e").append(i);
            params.put("k" + i, m.key());
            params.put("s" + i, Timestamp.from(m.start()));
            params.put("e" + i, Timestamp.from(m.end()));
        }
        params.put("p", personId);
        Map<String, Month> byKey = months.stream().collect(Collectors.toMap(Month::key, Function.identity()));
        String counted2 = COUNTED.replace("k.", "k2.");
        return jdbc.sql("""
                WITH months (mk, ms, me) AS (%1$s),
                mine AS (
                    SELECT m.mk, m.ms, m.me, kv.value_id, COUNT(*) AS n
                    FROM kudos_recipient r
                    JOIN kudos k ON k.id = r.kudos_id
                    JOIN kudos_value kv ON kv.kudos_id = k.id
                    JOIN months m ON k.published_at >= m.ms AND k.published_at < m.me
                    WHERE r.person_id = :p AND %2$s
                    GROUP BY m.mk, m.ms, m.me, kv.value_id)
                SELECT mine.mk, mine.value_id, v.name, mine.n
                FROM mine JOIN company_value v ON v.id = mine.value_id
                WHERE NOT EXISTS (
                    SELECT 1
                    FROM kudos_value kv2
                    JOIN kudos k2 ON k2.id = kv2.kudos_id
                    JOIN kudos_recipient r2 ON r2.kudos_id = k2.id
                    WHERE kv2.value_id = mine.value_id AND r2.person_id <> :p AND %3$s
                      AND k2.published_at >= mine.ms AND k2.published_at < mine.me
                    GROUP BY r2.person_id
                    HAVING COUNT(*) > mine.n)
                ORDER BY mine.ms DESC, v.name""".formatted(rows, COUNTED, counted2))
                .params(params)
                .query((rs, i) -> new Badge(BadgeKind.VALUE_CHAMPION, rs.getLong(2), rs.getString(3),
                        byKey.get(rs.getString(1)), rs.getLong(4)))
                .list();
    }

    // ---- reciprocal pairs ----

    /**
     * Pairs who recognised each other between the two instants, the most points between them first.
     * Counts every published small and big win (private and hidden ones too) and every add-on that
     * was not withdrawn: each is one recognition from its giver to each of its recipients.
     */
    public List<ReciprocalPair> reciprocalPairs(Instant from, Instant to, int limit) {
        record Row(long a, long b, long nab, long pab, long nba, long pba, long givenA, long givenB, long total) {
        }
        List<Row> rows = jdbc.sql("""
                WITH edges AS (
                    SELECT k.giver_id AS g, r.person_id AS p, r.points AS pts
                    FROM kudos k JOIN kudos_recipient r ON r.kudos_id = k.id
                    WHERE k.kind IN ('SMALL', 'BIG') AND k.status = 'PUBLISHED' AND k.giver_id IS NOT NULL
                      AND r.person_id <> k.giver_id AND k.published_at >= :from AND k.published_at < :to
                    UNION ALL
                    SELECT a.giver_id, r.person_id, a.points
                    FROM kudos_addon a
                    JOIN kudos k ON k.id = a.kudos_id
                    JOIN kudos_recipient r ON r.kudos_id = a.kudos_id
                    WHERE a.deleted = FALSE AND k.status = 'PUBLISHED' AND r.person_id <> a.giver_id
                      AND a.created_at >= :from AND a.created_at < :to),
                directed AS (SELECT g, p, COUNT(*) AS n, SUM(pts) AS pts FROM edges GROUP BY g, p),
                givers AS (SELECT g, SUM(n) AS n FROM directed GROUP BY g),
                total AS (SELECT COALESCE(SUM(pts), 0) AS pts FROM directed)
                SELECT ab.g, ab.p, ab.n, ab.pts, ba.n, ba.pts, ga.n, gb.n, total.pts
                FROM directed ab
                JOIN directed ba ON ba.g = ab.p AND ba.p = ab.g
                JOIN givers ga ON ga.g = ab.g
                JOIN givers gb ON gb.g = ab.p
                CROSS JOIN total
                WHERE ab.g < ab.p
                ORDER BY ab.pts + ba.pts DESC, ab.n + ba.n DESC, ab.g, ab.p
                LIMIT :limit""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, PersonSummary> people = people(rows.stream().flatMap(r -> java.util.stream.Stream.of(r.a(), r.b())).toList());
        return rows.stream().map(r -> new ReciprocalPair(people.get(r.a()), people.get(r.b()), r.nab(), r.pab(), r.nba(),
                r.pba(), r.givenA(), r.givenB(), r.total())).toList();
    }

    private Map<Long, PersonSummary> people(List<Long> ids) {
        Map<Long, PersonSummary> people = new HashMap<>();
        jdbc.sql("SELECT " + PERSON_COLUMNS + " FROM person p LEFT JOIN department dep ON dep.id = p.department_id WHERE p.id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    PersonSummary s = person(rs);
                    people.put(s.id(), s);
                });
        return people;
    }

    // ---- preferences ----

    public RecognitionPreferences preferences(long personId) {
        return jdbc.sql("""
                SELECT hidden_from_leaderboards, celebrate_birthday, birthday_month, birthday_day
                FROM recognition_preference WHERE person_id = :p""")
                .param("p", personId)
                .query((rs, i) -> {
                    int month = rs.getInt(3);
                    boolean none = rs.wasNull();
                    int day = rs.getInt(4);
                    return new RecognitionPreferences(rs.getBoolean(1), rs.getBoolean(2),
                            none || rs.wasNull() ? null : MonthDay.of(month, day));
                })
                .optional().orElse(RecognitionPreferences.DEFAULT);
    }

    public void savePreferences(long personId, RecognitionPreferences p) {
        jdbc.sql("""
                INSERT INTO recognition_preference (person_id, hidden_from_leaderboards, celebrate_birthday, birthday_month, birthday_day)
                VALUES (:p, :hidden, :celebrate, :month, :day)
                ON DUPLICATE KEY UPDATE hidden_from_leaderboards = :hidden, celebrate_birthday = :celebrate,
                                        birthday_month = :month, birthday_day = :day""")
                .param("p", personId).param("hidden", p.hiddenFromLeaderboards()).param("celebrate", p.celebrateBirthday())
                .param("month", p.birthday() == null ? null : p.birthday().getMonthValue())
                .param("day", p.birthday() == null ? null : p.birthday().getDayOfMonth())
                .update();
    }
}
