package app.bravo.recognition;

import app.bravo.shared.time.CompanyCalendar;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of recognition history for demo mode (issue 13, point 8), for the demo seeder only: small
 * and big wins across departments, add-ons, reactions, comments, a few reciprocal pairs, the rewards
 * catalog and redemptions, with every point movement in the ledger as it would have happened: each
 * giver's allowance granted at the start of each company month and what was left expiring at its end,
 * big wins paid from topped-up company budget. Written in bulk SQL with past dates, which the services
 * (that act now) cannot do; it runs once, and {@link #remove} takes it all away again.
 */
@Component
public class RecognitionDemo {

    private static final Logger log = LoggerFactory.getLogger(RecognitionDemo.class);
    /** The actor of every ledger row the demo writes, so that removal finds the company budget's demo rows. */
    static final String ACTOR = "demo-seed";

    private final JdbcClient jdbc;
    private final CompanyCalendar calendar;

    RecognitionDemo(JdbcClient jdbc, CompanyCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    private record Staff(long id, String email, @Nullable Long departmentId, @Nullable Long managerId) {
    }

    private record Planned(Instant at, long giver, List<Long> recipients, int points, String message, List<Long> values,
                           @Nullable String quote) {
    }

    /** Seeds the history once: nothing happens when a demo kudos already exists. Returns how many kudos were added. */
    @Transactional
    public int seed(String domain) {
        String like = "%@" + domain;
        boolean seeded = jdbc.sql("""
                SELECT COUNT(*) FROM kudos k JOIN person p ON p.id = k.giver_id WHERE p.email LIKE :d""")
                .param("d", like).query(Long.class).single() > 0;
        if (seeded) {
            return 0;
        }
        List<Staff> staff = jdbc.sql("""
                SELECT id, email, department_id, manager_id FROM person WHERE email LIKE :d AND active ORDER BY email""")
                .param("d", like).query((rs, n) -> new Staff(rs.getLong(1), rs.getString(2),
                        (Long) rs.getObject(3, Long.class), (Long) rs.getObject(4, Long.class))).list();
        List<Long> values = jdbc.sql("SELECT id FROM company_value WHERE active ORDER BY position, id").query(Long.class).list();
        if (staff.size() < 10 || values.isEmpty()) {
            return 0;
        }
        Map<String, Staff> byEmail = new HashMap<>();
        staff.forEach(s -> byEmail.put(s.email(), s));
        Random random = new Random(20261202L);
        Instant now = calendar.now();
        Instant yearAgo = now.minus(Duration.ofDays(360));

        // ---- the plan: who recognised whom, when ----
        List<Planned> plan = new ArrayList<>();
        List<Staff> givers = new ArrayList<>(staff.subList(0, Math.min(staff.size(), 70)));
        for (String login : List.of("employee", "manager", "moderator", "hr", "admin")) {
            Staff s = byEmail.get(login + "@" + domain);
            if (s != null && !givers.contains(s)) {
                givers.add(s);
            }
        }
        for (int i = 0; i < 300; i++) {
            Staff giver = givers.get(random.nextInt(givers.size()));
            List<Staff> colleagues = staff.stream().filter(s -> s.id() != giver.id()
                    && (random.nextInt(5) == 0 || java.util.Objects.equals(s.departmentId(), giver.departmentId()))).toList();
            if (colleagues.isEmpty()) {
                continue;
            }
            Set<Long> recipients = new LinkedHashSet<>();
            int count = random.nextInt(6) == 0 ? 2 : 1;
            while (recipients.size() < count && recipients.size() < colleagues.size()) {
                recipients.add(colleagues.get(random.nextInt(colleagues.size())).id());
            }
            plan.add(new Planned(at(yearAgo, now, random), giver.id(), List.copyOf(recipients), POINTS[random.nextInt(POINTS.length)],
                    message(random), pickValues(values, random), null));
        }
        // the demo employee is recognised often, so that their profile, badges and balance tell a story
        Staff employee = byEmail.get("employee@" + domain);
        Staff manager = byEmail.get("manager@" + domain);
        if (employee != null) {
            for (int i = 0; i < 12; i++) {
                Staff giver = givers.get(random.nextInt(givers.size()));
                if (giver.id() == employee.id()) {
                    continue;
                }
                plan.add(new Planned(at(yearAgo, now, random), giver.id(), List.of(employee.id()), 10 + 5 * random.nextInt(3),
                        message(random), pickValues(values, random), i == 3 ? THANKED_QUOTE : null));
            }
        }
        // a few pairs who mostly recognise each other, for HR's reciprocal-pairs view
        for (int p = 0; p < 3 && staff.size() > 20; p++) {
            Staff a = staff.get(7 + p * 5);
            Staff b = staff.get(9 + p * 5);
            for (int i = 0; i < 7; i++) {
                plan.add(new Planned(at(yearAgo, now, random), a.id(), List.of(b.id()), 20, message(random), pickValues(values, random), null));
                plan.add(new Planned(at(yearAgo, now, random), b.id(), List.of(a.id()), 20, message(random), pickValues(values, random), null));
            }
        }
        plan.sort(Comparator.comparing(Planned::at));

        // ---- the ledger, month by month, as it would have happened ----
        var allowance = new HashMap<Long, Long>();         // giver -> allowance account
        var lastMonth = new HashMap<Long, CompanyCalendar.Month>();
        var left = new HashMap<Long, Integer>();           // what the giver has left in lastMonth
        var received = new HashMap<Long, Integer>();       // recipient -> points received
        int kudosCount = 0;
        // brings a giver's allowance into the month of a movement: last month's leftover expires, this month's grant
        java.util.function.BiFunction<Long, Instant, Long> rollInto = (giver, at) -> {
            CompanyCalendar.Month month = calendar.monthOf(at);
            long account = allowance.computeIfAbsent(giver, g -> account("ALLOWANCE", g));
            CompanyCalendar.Month last = lastMonth.get(giver);
            if (last == null || !last.key().equals(month.key())) {
                if (last != null) {
                    expire(account, last, left.get(giver));
                }
                movement("GRANT", null, account, ALLOWANCE, month.key(), "GRANT:" + account + ":" + month.key(), null, null, null,
                        month.start());
                // the ledger's marker that the account rolled into this month (V020)
                jdbc.sql("INSERT INTO point_roll (account_id, period, rolled_at) VALUES (:a, :p, :at)")
                        .param("a", account).param("p", month.key()).param("at", Timestamp.from(month.start())).update();
                lastMonth.put(giver, month);
                left.put(giver, ALLOWANCE);
            }
            return account;
        };
        for (int index = 0; index < plan.size(); index++) {
            Planned k = plan.get(index);
            long account = rollInto.apply(k.giver(), k.at());
            int points = Math.min(k.points(), left.get(k.giver()) / k.recipients().size());
            long id = kudos("SMALL", k.giver(), k.message(), k.quote(), k.at(), null, null, null, null);
            kudosCount++;
            for (long r : k.recipients()) {
                jdbc.sql("INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (:k, :p, :pts)")
                        .param("k", id).param("p", r).param("pts", points).update();
                if (points > 0) {
                    movement("GIFT", account, account("RECEIVED", r), points, null, null, id, null, null, k.at());
                    received.merge(r, points, Integer::sum);
                }
            }
            left.merge(k.giver(), -points * k.recipients().size(), Integer::sum);
            for (long v : k.values()) {
                jdbc.sql("INSERT INTO kudos_value (kudos_id, value_id) VALUES (:k, :v)").param("k", id).param("v", v).update();
            }
            // reactions and comments from colleagues
            int reactions = random.nextInt(7);
            for (int i = 0; i < reactions; i++) {
                jdbc.sql("INSERT IGNORE INTO kudos_reaction (kudos_id, person_id, reaction) VALUES (:k, :p, :r)")
                        .param("k", id).param("p", staff.get(random.nextInt(staff.size())).id())
                        .param("r", REACTIONS[random.nextInt(REACTIONS.length)]).update();
            }
            if (random.nextInt(4) == 0) {
                Staff author = staff.get(random.nextInt(staff.size()));
                jdbc.sql("INSERT INTO kudos_comment (kudos_id, author_id, text, created_at) VALUES (:k, :a, :t, :at)")
                        .param("k", id).param("a", author.id()).param("t", COMMENTS.get(random.nextInt(COMMENTS.size())))
                        .param("at", Timestamp.from(k.at().plus(Duration.ofMinutes(30 + random.nextInt(600))))).update();
            }
            // every seventh kudos gets a +1 add-on two hours later; about half of them carry points from the joiner's
            // allowance, in the same company month (so that each allowance's months stay in order)
            Instant addonAt = k.at().plus(Duration.ofHours(2));
            Staff joiner = givers.get(random.nextInt(givers.size()));
            if (index % 7 == 0 && joiner.id() != k.giver() && !k.recipients().contains(joiner.id()) && !addonAt.isAfter(now)
                    && calendar.monthOf(addonAt).key().equals(calendar.monthOf(k.at()).key())) {
                long from = rollInto.apply(joiner.id(), addonAt);
                int each = random.nextInt(2) == 0 ? 0 : Math.min(ADDON_POINTS[random.nextInt(ADDON_POINTS.length)],
                        left.get(joiner.id()) / k.recipients().size());
                var addonKey = new GeneratedKeyHolder();
                jdbc.sql("""
                        INSERT INTO kudos_addon (kudos_id, giver_id, message, points, created_at) VALUES (:k, :g, :m, :pts, :at)""")
                        .param("k", id).param("g", joiner.id()).param("m", ADDONS.get(random.nextInt(ADDONS.size())))
                        .param("pts", each).param("at", Timestamp.from(addonAt)).update(addonKey);
                long addon = addonKey.getKey().longValue();
                if (each > 0) {
                    for (long r : k.recipients()) {
                        movement("ADD_ON", from, account("RECEIVED", r), each, null, null, id, addon, null, addonAt);
                        received.merge(r, each, Integer::sum);
                    }
                    left.merge(joiner.id(), -each * k.recipients().size(), Integer::sum);
                }
            }
        }
        // ---- big wins, paid from the company budget that HR topped up ----
        movement("TOP_UP", null, 1L, 3000, null, null, null, null, null, yearAgo.minus(Duration.ofDays(1)));
        List<long[]> levels = jdbc.sql("SELECT id, points FROM award_level WHERE active ORDER BY position")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        Staff hr = byEmail.get("hr@" + domain);
        for (int i = 0; i < 14 && !levels.isEmpty(); i++) {
            Staff nominator = givers.get(random.nextInt(givers.size()));
            Staff recipient = staff.get(random.nextInt(staff.size()));
            if (recipient.id() == nominator.id()) {
                continue;
            }
            long[] level = levels.get(random.nextInt(levels.size()));
            Instant nominated = at(yearAgo, now.minus(Duration.ofDays(3)), random);
            Long approver = recipient.managerId() != null && recipient.managerId() != nominator.id() ? recipient.managerId() : null;
            long decider = approver != null ? approver : hr != null ? hr.id() : nominator.id();
            Instant decided = nominated.plus(Duration.ofHours(20));
            long id = kudos("BIG", nominator.id(), BIG_WINS.get(i % BIG_WINS.size()), null, decided, level[0], (int) level[1], approver,
                    decider);
            jdbc.sql("UPDATE kudos SET created_at = :c WHERE id = :id").param("c", Timestamp.from(nominated)).param("id", id).update();
            jdbc.sql("INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (:k, :p, :pts)")
                    .param("k", id).param("p", recipient.id()).param("pts", level[1]).update();
            jdbc.sql("INSERT INTO kudos_value (kudos_id, value_id) VALUES (:k, :v)").param("k", id)
                    .param("v", values.get(random.nextInt(values.size()))).update();
            movement("BIG_WIN", 1L, account("RECEIVED", recipient.id()), (int) level[1], null, null, id, null, null, decided);
            received.merge(recipient.id(), (int) level[1], Integer::sum);
        }
        // nominations waiting: two for the demo manager's own people, one for HR
        if (manager != null && !levels.isEmpty()) {
            List<Staff> reports = staff.stream().filter(s -> java.util.Objects.equals(s.managerId(), manager.id())).toList();
            for (int i = 0; i < 2 && i < reports.size(); i++) {
                Staff nominator = staff.stream().filter(s -> s.id() != manager.id()).findFirst().orElseThrow();
                Staff recipient = reports.get(i);
                if (recipient.id() == nominator.id()) {
                    continue;
                }
                long id = pending(nominator.id(), recipient.id(), levels.get(1 + i % (levels.size() - 1)), manager.id(),
                        PENDING_WINS.get(i), now.minus(Duration.ofHours(5 + 20L * i)));
                jdbc.sql("INSERT INTO kudos_value (kudos_id, value_id) VALUES (:k, :v)").param("k", id).param("v", values.get(i % values.size())).update();
            }
        }
        if (employee != null && !levels.isEmpty()) {
            Staff far = staff.get(staff.size() - 1);
            long id = pending(employee.id(), far.id(), levels.get(levels.size() - 1), null, PENDING_WINS.get(2),
                    now.minus(Duration.ofHours(30)));
            jdbc.sql("INSERT INTO kudos_value (kudos_id, value_id) VALUES (:k, :v)").param("k", id).param("v", values.get(0)).update();
        }

        // ---- last month's leftovers expired; this month's allowance stays to give ----
        CompanyCalendar.Month current = calendar.monthOf(now);
        lastMonth.forEach((giver, month) -> {
            if (!month.key().equals(current.key())) {
                expire(allowance.get(giver), month, left.get(giver));
            }
        });

        // ---- rewards and redemptions ----
        List<Long> rewards = new ArrayList<>();
        for (Object[] r : REWARDS) {
            var key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO reward (name_en, name_fa, description_en, description_fa, cost, stock, active, created_at)
                    VALUES (:en, :fa, :den, :dfa, :cost, :stock, TRUE, :at)""")
                    .param("en", r[0]).param("fa", r[1]).param("den", r[2]).param("dfa", r[3]).param("cost", r[4]).param("stock", r[5])
                    .param("at", Timestamp.from(yearAgo)).update(key);
            rewards.add(key.getKey().longValue());
        }
        List<Map.Entry<Long, Integer>> rich = received.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()).limit(12).toList();
        int redemptions = 0;
        for (int i = 0; i < rich.size(); i++) {
            long person = rich.get(i).getKey();
            if (employee != null && person == employee.id()) {
                continue;  // the demo employee keeps their points to redeem in the tour
            }
            int r = i % 3 == 0 ? 2 : i % 3 == 1 ? 5 : 7;  // a book, a charity donation, cinema tickets
            int cost = ((Number) REWARDS[r][4]).intValue();
            if (rich.get(i).getValue() < cost) {
                continue;
            }
            String status = i == 1 ? "PENDING" : i == 4 ? "DECLINED" : "FULFILLED";
            Instant at = now.minus(Duration.ofDays(2L + i * 9L));
            var key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO redemption (reward_id, person_id, cost, status, reason, decided_by, decided_at, created_at)
                    VALUES (:r, :p, :c, :s, :reason, :by, :dat, :at)""")
                    .param("r", rewards.get(r)).param("p", person).param("c", cost).param("s", status)
                    .param("reason", status.equals("DECLINED") ? "Out of stock at our supplier this month; your points are back." : null)
                    .param("by", status.equals("PENDING") || hr == null ? null : hr.id())
                    .param("dat", status.equals("PENDING") ? null : Timestamp.from(at.plus(Duration.ofDays(1))))
                    .param("at", Timestamp.from(at)).update(key);
            long redemption = key.getKey().longValue();
            long account = account("RECEIVED", person);
            long spent = movement("REDEMPTION", account, null, cost, null, null, null, null, redemption, at);
            if (status.equals("DECLINED")) {
                movementReversing("REFUND", account, cost, redemption, spent, at.plus(Duration.ofDays(1)));
            }
            redemptions++;
        }
        log.info("Demo recognition ready: {} kudos, 14 big wins, {} rewards, {} redemptions", kudosCount, rewards.size(), redemptions);
        return kudosCount;
    }

    /**
     * Removes every kudos, ledger row, redemption and preference of the people at this domain, and the
     * demo rewards (DD013). A kudos that a real person gave to demo people and real people stays with its
     * real recipients: only the demo recipients' rows and the points they received go. Points that go back
     * to a real giver's allowance from a month it has rolled out of expire at once, as a reversal's do
     * ({@code Ledger.reverse}): removal must not lengthen an allowance's month.
     */
    @Transactional
    public String remove(String domain, Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return "no recognition";
        }
        var ids = List.copyOf(personIds);
        String kudosOfDemo = """
                SELECT id FROM kudos WHERE giver_id IN (:p)
                UNION SELECT r.kudos_id FROM kudos_recipient r WHERE r.person_id IN (:p)
                  AND NOT EXISTS (SELECT 1 FROM kudos_recipient o WHERE o.kudos_id = r.kudos_id AND o.person_id NOT IN (:p))""";
        List<Long> kudos = jdbc.sql(kudosOfDemo).param("p", ids).query(Long.class).list();
        List<Long> accounts = jdbc.sql("SELECT id FROM point_account WHERE person_id IN (:p)").param("p", ids).query(Long.class).list();
        List<Long> redemptions = jdbc.sql("SELECT id FROM redemption WHERE person_id IN (:p)").param("p", ids).query(Long.class).list();
        List<Long> movements = new ArrayList<>(jdbc.sql("SELECT id FROM point_movement WHERE actor = :a").param("a", ACTOR)
                .query(Long.class).list());
        if (!accounts.isEmpty()) {
            movements.addAll(jdbc.sql("SELECT id FROM point_movement WHERE from_account IN (:a) OR to_account IN (:a)")
                    .param("a", accounts).query(Long.class).list());
        }
        if (!kudos.isEmpty()) {
            movements.addAll(jdbc.sql("SELECT id FROM point_movement WHERE kudos_id IN (:k)").param("k", kudos).query(Long.class).list());
        }
        if (!movements.isEmpty()) {
            expireReturned(movements, accounts);
        }
        if (!accounts.isEmpty()) {
            jdbc.sql("DELETE FROM point_roll WHERE account_id IN (:a)").param("a", accounts).update();
        }
        if (!movements.isEmpty()) {
            jdbc.sql("DELETE FROM point_movement WHERE reverses IN (:m)").param("m", movements).update();
            jdbc.sql("DELETE FROM point_movement WHERE id IN (:m)").param("m", movements).update();
        }
        if (!redemptions.isEmpty()) {
            jdbc.sql("DELETE FROM redemption WHERE id IN (:r)").param("r", redemptions).update();
        }
        // the kudos that stay for their real recipients lose their demo recipients
        jdbc.sql("DELETE FROM kudos_recipient WHERE person_id IN (:p)").param("p", ids).update();
        int removed = 0;
        if (!kudos.isEmpty()) {
            jdbc.sql("DELETE FROM kudos_addon WHERE kudos_id IN (:k)").param("k", kudos).update();
            removed = jdbc.sql("DELETE FROM kudos WHERE id IN (:k)").param("k", kudos).update();
        }
        jdbc.sql("DELETE FROM kudos_addon WHERE giver_id IN (:p)").param("p", ids).update();
        jdbc.sql("DELETE FROM kudos_comment WHERE author_id IN (:p)").param("p", ids).update();
        jdbc.sql("DELETE FROM kudos_report WHERE reporter_id IN (:p)").param("p", ids).update();
        jdbc.sql("DELETE FROM kudos_reaction WHERE person_id IN (:p)").param("p", ids).update();
        jdbc.sql("UPDATE kudos SET approver_id = NULL WHERE approver_id IN (:p)").param("p", ids).update();
        jdbc.sql("UPDATE kudos SET decided_by = NULL WHERE decided_by IN (:p)").param("p", ids).update();
        jdbc.sql("UPDATE redemption SET decided_by = NULL WHERE decided_by IN (:p)").param("p", ids).update();
        if (!accounts.isEmpty()) {
            jdbc.sql("DELETE FROM point_account WHERE id IN (:a)").param("a", accounts).update();
        }
        jdbc.sql("DELETE FROM recognition_preference WHERE person_id IN (:p)").param("p", ids).update();
        List<String> names = java.util.Arrays.stream(REWARDS).map(r -> (String) r[0]).toList();
        jdbc.sql("DELETE FROM reward WHERE name_en IN (:n) AND NOT EXISTS (SELECT 1 FROM redemption r WHERE r.reward_id = reward.id)")
                .param("n", names).update();
        return removed + " kudos";
    }

    /** Those of the named company values that kudos carry: after {@link #remove}, kudos of real people. */
    @Transactional(readOnly = true)
    public List<String> valuesInUse(Collection<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT v.name FROM company_value v
                WHERE v.name IN (:n) AND EXISTS (SELECT 1 FROM kudos_value kv WHERE kv.value_id = v.id) ORDER BY v.name""")
                .param("n", names).query(String.class).list();
    }

    /**
     * For each gift or add-on about to be deleted that moved points out of a real person's monthly
     * account and was not given back: when it was given in a month before the one the account stands
     * in, its points expire now instead of returning to a month that is over.
     */
    private void expireReturned(List<Long> movements, List<Long> demoAccounts) {
        record Returned(long account, int amount, Instant at, @Nullable Instant rolled) {
        }
        List<Returned> returned = jdbc.sql("""
                SELECT m.from_account, m.amount, m.created_at,
                       (SELECT MAX(r.rolled_at) FROM point_roll r WHERE r.account_id = m.from_account)
                FROM point_movement m JOIN point_account a ON a.id = m.from_account
                WHERE m.id IN (:m) AND m.kind IN ('GIFT', 'ADD_ON') AND a.kind IN ('ALLOWANCE', 'TEAM_BUDGET')
                  AND m.from_account NOT IN (:demo)
                  AND NOT EXISTS (SELECT 1 FROM point_movement x WHERE x.reverses = m.id)""")
                .param("m", movements).param("demo", demoAccounts.isEmpty() ? List.of(-1L) : demoAccounts)
                .query((rs, n) -> new Returned(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant())).list();
        Instant now = calendar.now();
        for (Returned r : returned) {
            Instant standsIn = calendar.monthOf(r.rolled() == null ? r.at() : r.rolled()).start();
            if (r.at().isBefore(standsIn)) {
                jdbc.sql("""
                        INSERT INTO point_movement (kind, from_account, amount, period, actor, created_at)
                        VALUES ('EXPIRY', :from, :amount, :period, 'system', :at)""")
                        .param("from", r.account()).param("amount", r.amount()).param("period", calendar.monthOf(r.at()).key())
                        .param("at", Timestamp.from(now)).update();
            }
        }
    }

    // ---- rows ----

    private long account(String kind, long personId) {
        jdbc.sql("INSERT INTO point_account (kind, person_id) VALUES (:k, :p) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id)")
                .param("k", kind).param("p", personId).update();
        return jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
    }

    private void expire(long account, CompanyCalendar.Month month, int leftOver) {
        if (leftOver > 0) {
            movement("EXPIRY", account, null, leftOver, month.key(), "EXPIRY:" + account + ":" + month.key(), null, null, null,
                    month.end());
        }
    }

    private long movement(String kind, @Nullable Long from, @Nullable Long to, int amount, @Nullable String period, @Nullable String once,
                          @Nullable Long kudos, @Nullable Long addon, @Nullable Long redemption, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO point_movement (kind, from_account, to_account, amount, period, once_key, kudos_id, addon_id,
                    redemption_id, actor, created_at)
                VALUES (:kind, :from, :to, :amount, :period, :once, :kudos, :addon, :redemption, :actor, :at)""")
                .param("kind", kind).param("from", from).param("to", to).param("amount", amount).param("period", period)
                .param("once", once).param("kudos", kudos).param("addon", addon).param("redemption", redemption)
                .param("actor", ACTOR).param("at", Timestamp.from(at)).update(key);
        return key.getKey().longValue();
    }

    private void movementReversing(String kind, long to, int amount, long redemption, long reverses, Instant at) {
        jdbc.sql("""
                INSERT INTO point_movement (kind, to_account, amount, redemption_id, reverses, actor, created_at)
                VALUES (:kind, :to, :amount, :redemption, :reverses, :actor, :at)""")
                .param("kind", kind).param("to", to).param("amount", amount).param("redemption", redemption)
                .param("reverses", reverses).param("actor", ACTOR).param("at", Timestamp.from(at)).update();
    }

    private long kudos(String kind, long giver, String message, @Nullable String quote, Instant at, @Nullable Long level,
                       @Nullable Integer awardPoints, @Nullable Long approver, @Nullable Long decidedBy) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO kudos (kind, status, giver_id, message, quote, award_level_id, award_points, approver_id,
                    decided_by, decided_at, created_at, published_at)
                VALUES (:kind, 'PUBLISHED', :giver, :message, :quote, :level, :award, :approver, :decided, :decidedAt, :at, :at)""")
                .param("kind", kind).param("giver", giver).param("message", message).param("quote", quote)
                .param("level", level).param("award", awardPoints).param("approver", approver).param("decided", decidedBy)
                .param("decidedAt", decidedBy == null ? null : Timestamp.from(at)).param("at", Timestamp.from(at)).update(key);
        return key.getKey().longValue();
    }

    private long pending(long nominator, long recipient, long[] level, @Nullable Long approver, String message, Instant at) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO kudos (kind, status, giver_id, message, award_level_id, award_points, approver_id, created_at)
                VALUES ('BIG', 'PENDING', :giver, :message, :level, :award, :approver, :at)""")
                .param("giver", nominator).param("message", message).param("level", level[0]).param("award", level[1])
                .param("approver", approver).param("at", Timestamp.from(at)).update(key);
        long id = key.getKey().longValue();
        jdbc.sql("INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (:k, :p, :pts)")
                .param("k", id).param("p", recipient).param("pts", level[1]).update();
        return id;
    }

    private static Instant at(Instant from, Instant to, Random random) {
        long span = Duration.between(from, to).toMinutes();
        Instant day = from.plus(Duration.ofMinutes((long) (random.nextDouble() * span)));
        // during the working day: 08:00-18:00 UTC
        Instant midnight = day.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
        Instant at = midnight.plus(Duration.ofMinutes(8 * 60 + random.nextInt(600)));
        return at.isAfter(to) ? to.minus(Duration.ofMinutes(1 + random.nextInt(60))) : at;
    }

    private static List<Long> pickValues(List<Long> values, Random random) {
        Set<Long> picked = new LinkedHashSet<>();
        int n = random.nextInt(3) == 0 ? 2 : 1;
        while (picked.size() < n && picked.size() < values.size()) {
            picked.add(values.get(random.nextInt(values.size())));
        }
        return List.copyOf(picked);
    }

    private static String message(Random random) {
        return random.nextInt(5) < 3 ? MESSAGES_EN.get(random.nextInt(MESSAGES_EN.size()))
                : MESSAGES_FA.get(random.nextInt(MESSAGES_FA.size()));
    }

    private static final int ALLOWANCE = 100;
    private static final int[] POINTS = {0, 5, 5, 10, 10, 10, 15, 20, 25};
    private static final int[] ADDON_POINTS = {5, 5, 10};
    private static final String[] REACTIONS = {"LOVE", "CLAP", "INSPIRED", "SMILE"};
    private static final String THANKED_QUOTE = "Sara walked our whole finance team through the new invoicing flow and stayed until "
            + "every question was answered. Best onboarding we've had with any vendor.";

    private static final List<String> MESSAGES_EN = List.of(
            "Thank you for jumping in on the release night and staying until every check was green.",
            "You turned a frustrated customer into a fan in one call. Textbook!",
            "Your write-up of the incident was so clear that the whole team learned from it.",
            "Thanks for covering my tickets while I was out; I came back to zero surprises.",
            "The onboarding checklist you made saved our new joiners days. Brilliant work.",
            "You spotted the billing bug before any customer did. Eagle eyes! 🦅",
            "Thank you for the patient pairing session; I finally understand the sync engine.",
            "Your demo to the board was calm, crisp and honest. We were proud to watch it.",
            "Thanks for keeping the stand-ups short and kind during a stressful sprint.",
            "You simplified the pricing page and sign-ups went up. Less really is more.",
            "Thank you for mentoring our interns with so much care 🌱",
            "You answered every question in the all-hands chat, even the awkward ones. Respect.",
            "Thanks for the quick fix on the export; the finance team is smiling again.",
            "Your accessibility review made the new form usable for everyone. Thank you!",
            "You organised the team offsite end to end and it was the best one yet 🎉",
            "Thanks for sharing your notes from the customer visits; gold for the roadmap.",
            "You took the on-call weekend without being asked. That's ownership.",
            "Thank you for translating the help centre articles into Persian so quickly.",
            "Your code review comments are always kind and always right. Lucky to have you.",
            "Thanks for staying curious and asking the question nobody else dared to ask.");
    private static final List<String> MESSAGES_FA = List.of(
            "ممنون که شب انتشار تا آخر کنار تیم ماندی و همه‌چیز را بررسی کردی 🙏",
            "با حوصله‌ات یک مشتری ناراضی را به طرفدار ما تبدیل کردی. آفرین!",
            "گزارش حادثه‌ای که نوشتی آن‌قدر روشن بود که همهٔ تیم از آن یاد گرفتند.",
            "سپاس بابت جلسهٔ هم‌برنامه‌نویسی؛ بالاخره موتور همگام‌سازی را فهمیدم.",
            "چک‌لیست ورود کارکنان جدید که ساختی روزها در وقت ما صرفه‌جویی کرد.",
            "دستت درد نکند که در نبودنم تیکت‌هایم را پیگیری کردی ✨",
            "ارائه‌ات برای هیئت‌مدیره آرام، دقیق و صادقانه بود. به تو افتخار می‌کنیم.",
            "ممنون از راهنمایی صبورانه‌ات برای کارآموزان تازه‌وارد 🌱",
            "ایراد صورت‌حساب را قبل از هر مشتری پیدا کردی. چشمان تیزبینی داری!",
            "سپاس که مقاله‌های راهنما را این‌قدر سریع به فارسی برگرداندی.",
            "همیشه با مهربانی و دقت کد را بازبینی می‌کنی. خوشحالیم که با تو کار می‌کنیم.",
            "ممنون که آخر هفتهٔ آماده‌به‌کار را بی‌آنکه کسی بخواهد پذیرفتی. این یعنی مسئولیت‌پذیری.");
    private static final List<String> COMMENTS = List.of(
            "So well deserved! 👏", "Couldn't agree more.", "This made my day 😊", "Legend!",
            "کاملاً حقش بود 👏", "آفرین، عالی بود!", "Totally. The customer wrote to us too.", "دمت گرم 🌟");
    private static final List<String> ADDONS = List.of(
            "+1, I saw it too and it was impressive.", "Adding my thanks: this helped my team as well.",
            "+1 from Sales: the customer mentioned it on our call.", "با تمام وجود موافقم، واقعاً عالی بود 🙌",
            "+1 — calm under pressure, as always.", "من هم سپاسگزارم؛ کار ما را خیلی آسان‌تر کرد.");
    private static final List<String> BIG_WINS = List.of(
            "Led the migration of our largest customer to the new platform with zero downtime over a single weekend.",
            "Closed the biggest deal in the company's history after a nine-month sales cycle, with the whole team involved.",
            "Rebuilt the support knowledge base: ticket volume dropped by a third within two months.",
            "مهاجرت کامل زیرساخت پرداخت را بدون حتی یک دقیقه قطعی به پایان رساند.",
            "Shipped the mobile app's offline mode, our most requested feature for two years.",
            "طراحی دوبارهٔ فرایند ورود مشتریان که زمان راه‌اندازی را از دو هفته به سه روز رساند.",
            "Ran the accessibility programme that took our product to WCAG 2.2 AA across the board.");
    private static final List<String> PENDING_WINS = List.of(
            "Took over the Northwind renewal at short notice and turned a likely churn into a three-year contract.",
            "Built the customer health dashboard that now warns us a month before an account goes quiet.",
            "پروژهٔ یکپارچه‌سازی با سامانهٔ بانکی را یک ماه زودتر از برنامه و بی‌نقص تحویل داد.");
    /** name, Persian name, description, Persian description, cost, stock (null: unlimited). */
    private static final Object[][] REWARDS = {
            {"Coffee with the CEO", "قهوه با مدیرعامل", "Half an hour with Nora over coffee: ask anything.",
                    "نیم ساعت گفت‌وگو با نورا سر یک فنجان قهوه؛ هر چه می‌خواهی بپرس.", 150, 4},
            {"An extra day off", "یک روز مرخصی اضافه", "One more day of paid leave, to take within six months.",
                    "یک روز مرخصی با حقوق اضافه که تا شش ماه می‌توانی استفاده کنی.", 500, 10},
            {"A book of your choice", "کتابی به انتخاب خودت", "Any book up to €30, delivered to your desk.",
                    "هر کتابی تا سقف ۳۰ یورو، تحویل پشت میزت.", 80, null},
            {"Bravo hoodie", "هودی براوو", "The soft one, in your size.", "همان هودی نرم، در اندازهٔ خودت.", 120, 25},
            {"Lunch for your team", "ناهار برای تیمت", "Lunch for up to eight people at a place you choose.",
                    "ناهار برای حداکثر هشت نفر در رستورانی که خودت انتخاب کنی.", 300, null},
            {"€10 to a charity", "۱۰ یورو کمک به خیریه", "We donate €10 to a charity from our list in your name.",
                    "به نام تو ۱۰ یورو به یکی از مؤسسه‌های خیریهٔ فهرست ما اهدا می‌کنیم.", 100, null},
            {"Conference ticket", "بلیت همایش", "A ticket to a conference of your field this year.",
                    "بلیت یک همایش تخصصی در رشتهٔ خودت در همین سال.", 1000, 2},
            {"Cinema for two", "سینما برای دو نفر", "Two cinema tickets and popcorn.", "دو بلیت سینما به‌همراه پاپ‌کورن.", 60, null},
    };
}
