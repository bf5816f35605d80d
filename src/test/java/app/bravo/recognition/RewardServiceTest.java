package app.bravo.recognition;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.people.Person;
import app.bravo.recognition.internal.Ledger;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.Dates;
import app.bravo.shared.upload.UploadsTestImages;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rewards catalog, redemptions and HR's decisions against MariaDB (issue 13, point 5). */
@IntegrationTest
@RecordApplicationEvents
class RewardServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired RewardService rewards;
    @Autowired PeopleService people;
    @Autowired Ledger ledger;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired CompanyCalendar calendar;
    @Autowired ApplicationEvents events;
    RewardsTestPoints points;

    @BeforeEach
    void points() {
        points = new RewardsTestPoints(tx, jdbc, ledger);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    // ---- the catalog ----

    @Test
    void the_catalog_refuses_a_reward_without_both_names_a_whole_positive_cost_or_with_negative_stock() {
        fixtures.signInAs(Role.HR);
        assertRefused(form(" ", "کتاب", 10, null), "rewards.error.name-en.required");
        assertRefused(form("Book", "", 10, null), "rewards.error.name-fa.required");
        assertRefused(form("B".repeat(RewardForm.NAME_MAX + 1), "کتاب", 10, null), "rewards.error.name-en.too-long");
        assertRefused(form("Book", "ک".repeat(RewardForm.NAME_MAX + 1), 10, null), "rewards.error.name-fa.too-long");
        assertRefused(form("Book", "کتاب", null, null), "rewards.error.cost.required");
        assertRefused(form("Book", "کتاب", 0, null), "rewards.error.cost.positive");
        assertRefused(form("Book", "کتاب", -5, null), "rewards.error.cost.positive");
        assertRefused(form("Book", "کتاب", 10, -1), "rewards.error.stock.negative");
        assertRefused(new RewardForm("Book", "کتاب", "x".repeat(RewardForm.DESCRIPTION_MAX + 1), "", 10, null, true),
                "rewards.error.description.too-long");
        assertRefused(form("Bo\u0007ok", "کتاب", 10, null), "text.error.characters");
    }

    @Test
    void the_catalog_shows_offered_rewards_in_the_readers_language_with_their_stock_or_unlimited() {
        fixtures.signInAs(Role.HR);
        String tag = Fixtures.unique("cat");
        long mug = rewards.create(new RewardForm("Mug " + tag, "لیوان " + tag, "A mug", "یک لیوان", 25, null, true));
        long retired = rewards.create(form("Old " + tag, "قدیمی " + tag, 5, 3));
        rewards.update(retired, form("Old " + tag, "قدیمی " + tag, 5, 3).withActive(false));
        long zero = rewards.create(form("Zero " + tag, "صفر " + tag, 7, 0));

        fixtures.signInAs();
        var english = rewards.catalog(Language.ENGLISH);
        assertThat(english).filteredOn(r -> r.name().endsWith(tag)).extracting(CatalogReward::id).containsExactly(zero, mug);
        CatalogReward m = english.stream().filter(r -> r.id() == mug).findFirst().orElseThrow();
        assertThat(m).isEqualTo(new CatalogReward(mug, "Mug " + tag, "A mug", null, 25, null));
        assertThat(english.stream().filter(r -> r.id() == zero).findFirst().orElseThrow().outOfStock()).isTrue();
        CatalogReward persian = rewards.catalog(Language.PERSIAN).stream().filter(r -> r.id() == mug).findFirst().orElseThrow();
        assertThat(persian.name()).isEqualTo("لیوان " + tag);
        assertThat(persian.description()).isEqualTo("یک لیوان");
    }

    @Test
    void only_hr_and_admins_manage_the_catalog() {
        fixtures.signInAs();
        assertThatThrownBy(() -> rewards.create(form("Sneaky", "یواشکی", 1, null))).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> rewards.approve(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> rewards.liability()).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_picture_goes_through_the_upload_rules_and_replaces_the_previous_one() throws Exception {
        fixtures.signInAs(Role.HR);
        long id = rewards.create(form(Fixtures.unique("Pic"), "عکس", 10, null));
        assertThatThrownBy(() -> rewards.savePicture(id, "not an image".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserError.class).hasMessage("upload.image.not-image");
        assertThatThrownBy(() -> rewards.savePicture(id, new byte[RewardService.PICTURE.maxBytes() + 1]))
                .isInstanceOf(UserError.class).hasMessage("upload.image.too-large");
        String first = rewards.savePicture(id, UploadsTestImages.image("png", 1600, 900, false));
        String second = rewards.savePicture(id, UploadsTestImages.image("png", 200, 200, true));
        assertThat(first).startsWith("files/").isNotEqualTo(second);
        assertThat(details(id).pictureUrl()).isEqualTo(second);
        String firstKey = first.substring("files/".length());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM stored_file WHERE file_key = :k").param("k", firstKey)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT purpose, width FROM stored_file WHERE file_key = :k")
                .param("k", second.substring("files/".length())).query((rs, n) -> rs.getString(1) + rs.getInt(2)).single())
                .isEqualTo("reward200");
        rewards.removePicture(id);
        assertThat(details(id).pictureUrl()).isNull();
    }

    // ---- redeeming ----

    @Test
    void a_person_with_enough_points_redeems_a_reward_the_stock_drops_and_the_redemption_waits() {
        Person me = fixtures.person(Fixtures.unique("Redeemer"));
        give(me, 100);
        long reward = reward(40, 3);

        fixtures.signIn(me);
        long redemption = rewards.redeem(reward);

        assertThat(points.balance(me.getId())).isEqualTo(60);
        assertThat(stock(reward)).isEqualTo(2);
        assertThat(rewards.myRedemptions(null, 10, Language.ENGLISH)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(redemption);
            assertThat(r.status()).isEqualTo(RedemptionStatus.PENDING);
            assertThat(r.cost()).isEqualTo(40);
        });
        assertThat(events.stream(RewardRedeemed.class))
                .contains(new RewardRedeemed(redemption, me.getId(), reward, 40));
        MyBalance mine = rewards.myPoints(Language.ENGLISH);
        assertThat(mine.balance()).isEqualTo(60);
        assertThat(mine.history().movements()).extracting(PointMovement::kind, PointMovement::amount)
                .startsWith(org.assertj.core.groups.Tuple.tuple("REDEMPTION", -40), org.assertj.core.groups.Tuple.tuple("BIG_WIN", 100));
        assertThat(mine.history().movements().getFirst().rewardName()).startsWith("Prize-");
    }

    @Test
    void a_person_with_too_few_points_is_refused_and_nothing_changes() {
        Person me = fixtures.person(Fixtures.unique("Short"));
        give(me, 30);
        long reward = reward(31, 1);

        fixtures.signIn(me);
        assertThatThrownBy(() -> rewards.redeem(reward)).isInstanceOf(UserError.class)
                .hasMessage("recognition.error.balance-too-small")
                .satisfies(e -> assertThat(((UserError) e).args()).containsExactly(30L, 31));
        assertThat(points.balance(me.getId())).isEqualTo(30);
        assertThat(stock(reward)).isEqualTo(1);
        assertThat(rewards.myRedemptions(null, 10, Language.ENGLISH)).isEmpty();
    }

    @Test
    void an_inactive_or_unknown_reward_cannot_be_redeemed_and_an_empty_stock_is_out_of_stock() {
        Person me = fixtures.person(Fixtures.unique("Late"));
        give(me, 100);
        long none = reward(10, 0);
        long retired = reward(10, null);
        fixtures.signInAs(Role.HR);
        rewards.update(retired, details(retired).toForm().withActive(false));

        fixtures.signIn(me);
        assertRedeemRefused(none, "rewards.error.out-of-stock");
        assertRedeemRefused(retired, "rewards.error.not-offered");
        assertRedeemRefused(Long.MAX_VALUE, "rewards.error.not-offered");
        assertThat(points.balance(me.getId())).isEqualTo(100);
        assertThat(stock(none)).isZero();
    }

    @Test
    void two_people_redeeming_the_last_one_at_once_one_gets_it_the_other_is_refused_and_keeps_their_points()
            throws Exception {
        Person first = fixtures.person(Fixtures.unique("Racer"));
        Person second = fixtures.person(Fixtures.unique("Racer"));
        give(first, 50);
        give(second, 50);
        long reward = reward(20, 1);

        var ready = new CountDownLatch(2);
        var go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (Person p : List.of(first, second)) {
                outcomes.add(pool.submit(() -> {
                    fixtures.signIn(p);
                    try {
                        ready.countDown();
                        go.await();
                        return rewards.redeem(reward);
                    } catch (UserError e) {
                        return e;
                    } finally {
                        Fixtures.signOut();
                    }
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : outcomes) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).filteredOn(Long.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(UserError.class::isInstance).singleElement()
                    .extracting(e -> ((UserError) e).key()).isEqualTo("rewards.error.out-of-stock");
            int winner = results.get(0) instanceof Long ? 0 : 1;
            Person won = winner == 0 ? first : second;
            Person lost = winner == 0 ? second : first;
            assertThat(stock(reward)).isZero();
            assertThat(points.balance(won.getId())).isEqualTo(30);
            assertThat(points.balance(lost.getId())).isEqualTo(50);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM redemption WHERE reward_id = :r").param("r", reward)
                    .query(Long.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    // ---- HR's decisions ----

    @Test
    void declining_refunds_exactly_once_and_puts_the_unit_back() {
        Person me = fixtures.person(Fixtures.unique("Declined"));
        give(me, 80);
        long reward = reward(50, 2);
        fixtures.signIn(me);
        long redemption = rewards.redeem(reward);
        assertThat(stock(reward)).isEqualTo(1);

        fixtures.signInAs(Role.HR);
        assertThatThrownBy(() -> rewards.decline(redemption, "  ")).isInstanceOf(UserError.class)
                .hasMessage("rewards.error.reason.required");
        rewards.decline(redemption, "Out of this colour,\nsorry");
        assertThatThrownBy(() -> rewards.decline(redemption, "again")).isInstanceOf(UserError.class)
                .hasMessage("rewards.error.already-decided");
        assertThatThrownBy(() -> rewards.approve(redemption)).isInstanceOf(UserError.class)
                .hasMessage("rewards.error.already-decided");

        assertThat(points.balance(me.getId())).isEqualTo(80);
        assertThat(stock(reward)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM point_movement WHERE redemption_id = :r AND kind = 'REFUND'")
                .param("r", redemption).query(Long.class).single()).isEqualTo(1);
        assertThat(events.stream(RedemptionDeclined.class))
                .contains(new RedemptionDeclined(redemption, me.getId(), reward, "Out of this colour,\nsorry"));
        fixtures.signIn(me);
        assertThat(rewards.myRedemptions(null, 10, Language.ENGLISH)).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RedemptionStatus.DECLINED);
            assertThat(r.reason()).isEqualTo("Out of this colour,\nsorry");
            assertThat(r.decidedAt()).isNotNull();
        });
        assertThat(rewards.myPoints(Language.ENGLISH).history().movements().getFirst().kind()).isEqualTo("REFUND");
    }

    @Test
    void a_redemption_is_approved_once_and_keeps_its_points_spent() {
        Person me = fixtures.person(Fixtures.unique("Approved"));
        give(me, 60);
        long reward = reward(60, null);
        fixtures.signIn(me);
        long redemption = rewards.redeem(reward);

        fixtures.signInAs(Role.HR);
        rewards.approve(redemption);
        assertThatThrownBy(() -> rewards.approve(redemption)).isInstanceOf(UserError.class)
                .hasMessage("rewards.error.already-decided");
        assertThatThrownBy(() -> rewards.decline(redemption, "changed my mind")).isInstanceOf(UserError.class)
                .hasMessage("rewards.error.already-decided");
        assertThatThrownBy(() -> rewards.approve(Long.MAX_VALUE)).isInstanceOf(UserError.class)
                .hasMessage("rewards.error.redemption-not-found");
        assertThat(points.balance(me.getId())).isZero();
        assertThat(stock(reward)).isNull();
        assertThat(events.stream(RedemptionApproved.class)).contains(new RedemptionApproved(redemption, me.getId(), reward));
        assertThat(queued(redemption)).isEmpty();
    }

    @Test
    void a_leavers_pending_redemption_stays_in_hrs_queue_marked_and_can_still_be_declined_with_a_refund() {
        Person leaver = fixtures.person(Fixtures.unique("Leaver"));
        give(leaver, 45);
        long reward = reward(45, 5);
        fixtures.signIn(leaver);
        long redemption = rewards.redeem(reward);

        fixtures.signInAs(Role.ADMIN);
        people.deactivate(leaver.getId());

        fixtures.signInAs(Role.HR);
        QueuedRedemption q = queued(redemption).orElseThrow();
        assertThat(q.personLeft()).isTrue();
        assertThat(q.personId()).isEqualTo(leaver.getId());
        assertThat(q.cost()).isEqualTo(45);
        rewards.decline(redemption, "Has left the company");
        assertThat(points.balance(leaver.getId())).isEqualTo(45);
        assertThat(stock(reward)).isEqualTo(5);
        assertThat(queued(redemption)).isEmpty();
    }

    @Test
    void hrs_queue_is_oldest_first_and_pages_by_keyset() {
        Person me = fixtures.person(Fixtures.unique("Queue"));
        give(me, 30);
        long reward = reward(10, null);
        fixtures.signIn(me);
        long a = rewards.redeem(reward);
        long b = rewards.redeem(reward);
        long c = rewards.redeem(reward);

        fixtures.signInAs(Role.HR);
        var firstPage = rewards.pendingRedemptions(a, 1);
        assertThat(firstPage).extracting(QueuedRedemption::id).containsExactly(b);
        assertThat(rewards.pendingRedemptions(b, 1)).extracting(QueuedRedemption::id).containsExactly(c);
        assertThat(queued(a)).get().extracting(QueuedRedemption::personLeft).isEqualTo(false);
    }

    // ---- export and liability ----

    @Test
    void the_export_neutralises_formulas_and_keeps_persian_names() throws Exception {
        String tag = Fixtures.unique("csv");
        Person me = fixtures.person("=1+2 " + tag);
        give(me, 100);
        fixtures.signInAs(Role.HR);
        long reward = rewards.create(new RewardForm("=HYPERLINK(\"http://evil.example\")", "کارت هدیهٔ کتاب ☕ " + tag,
                "", "", 30, null, true));
        fixtures.signIn(me);
        long declined = rewards.redeem(reward);
        long fulfilled = rewards.redeem(reward);
        fixtures.signInAs(Role.HR);
        rewards.decline(declined, "@SUM(A1:A2) is not a reason");
        rewards.approve(fulfilled);

        byte[] csv = rewards.exportRedemptions(calendar.today(), calendar.today(), Language.ENGLISH.locale());
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        List<CSVRecord> mine = records.stream().filter(r -> r.get("email").equals(me.getEmail())).toList();
        assertThat(mine).hasSize(2);
        CSVRecord d = mine.get(0);
        assertThat(d.get("person")).isEqualTo("'=1+2 " + tag);
        assertThat(d.get("reward_en")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(d.get("reward_fa")).isEqualTo("کارت هدیهٔ کتاب ☕ " + tag);
        assertThat(d.get("cost")).isEqualTo("30");
        assertThat(d.get("status")).isEqualTo("DECLINED");
        assertThat(d.get("reason")).isEqualTo("'@SUM(A1:A2) is not a reason");
        assertThat(d.get("decided_by")).startsWith("Signed In");
        assertThat(mine.get(1).get("status")).isEqualTo("FULFILLED");
        assertThat(mine.get(1).get("reason")).isEmpty();
        for (CSVRecord r : records) {
            for (String cell : r) {
                assertThat(cell).as("no cell starts a formula").doesNotStartWith("=").doesNotStartWith("+")
                        .doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        assertThatThrownBy(() -> rewards.exportRedemptions(calendar.today(), calendar.today().minusDays(1), Language.ENGLISH.locale()))
                .isInstanceOf(UserError.class).hasMessage("rewards.error.export-period");
    }

    @Test
    void the_export_speaks_the_exporting_persons_language_and_dates_in_their_calendar() throws Exception {
        String tag = Fixtures.unique("csvfa");
        Person me = fixtures.person("Exporter " + tag);
        give(me, 100);
        long reward = reward(20, null);
        fixtures.signIn(me);
        long redeemed = rewards.redeem(reward);
        fixtures.signInAs(Role.HR);
        rewards.approve(redeemed);
        java.time.Instant at = jdbc.sql("SELECT created_at FROM redemption WHERE id = :id").param("id", redeemed)
                .query(java.sql.Timestamp.class).single().toInstant();
        java.time.Instant decided = jdbc.sql("SELECT decided_at FROM redemption WHERE id = :id").param("id", redeemed)
                .query(java.sql.Timestamp.class).single().toInstant();

        List<CSVRecord> persian = exported(Language.PERSIAN.locale());
        assertThat(persian.getFirst().values()).containsExactly("تاریخ", "همکار", "ایمیل", "جایزه (انگلیسی)", "جایزه (فارسی)",
                "امتیاز", "وضعیت", "تصمیم‌گیرنده", "زمان تصمیم", "دلیل");
        CSVRecord fa = persian.stream().filter(r -> r.get(2).equals(me.getEmail())).findFirst().orElseThrow();
        assertThat(fa.get(0)).isEqualTo(Dates.dateTime(at, Language.PERSIAN.locale(), calendar.zone()))
                .containsPattern("۱۴[۰-۹]{2}").doesNotContainPattern("[0-9]"); // a Jalali year
        assertThat(fa.get(8)).isEqualTo(Dates.dateTime(decided, Language.PERSIAN.locale(), calendar.zone()));

        List<CSVRecord> english = exported(Language.ENGLISH.locale());
        assertThat(english.getFirst().values()).containsExactly("date", "person", "email", "reward_en", "reward_fa", "cost",
                "status", "decided_by", "decided_at", "reason");
        CSVRecord en = english.stream().filter(r -> r.get(2).equals(me.getEmail())).findFirst().orElseThrow();
        assertThat(en.get(0)).isEqualTo(Dates.dateTime(at, Language.ENGLISH.locale(), calendar.zone()))
                .contains(String.valueOf(at.atZone(calendar.zone()).getYear())).doesNotContainPattern("[۰-۹]");
    }

    /** The export of today, header line first, in this language. */
    private List<CSVRecord> exported(java.util.Locale locale) throws java.io.IOException {
        byte[] csv = rewards.exportRedemptions(calendar.today(), calendar.today(), locale);
        return CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1))).getRecords();
    }

    @Test
    void the_liability_is_the_sum_of_received_points_held_and_their_worth_at_the_rate() {
        fixtures.signInAs(Role.HR);
        long before = rewards.liability().points();
        assertThat(before).isEqualTo(heldBySql());
        Person me = fixtures.person(Fixtures.unique("Holder"));
        give(me, 70);
        long reward = reward(30, null);
        fixtures.signIn(me);
        rewards.redeem(reward);

        fixtures.signInAs(Role.HR);
        PointsLiability after = rewards.liability();
        assertThat(after.points()).isEqualTo(before + 40).isEqualTo(heldBySql());
        assertThat(after.worth()).isEqualByComparingTo(after.pointValue().multiply(BigDecimal.valueOf(after.points())));
        assertThat(after.currency()).isEqualTo("EUR");
    }

    @Test
    void the_history_names_the_kudos_and_pages_to_its_end() {
        Person me = fixtures.person(Fixtures.unique("History"));
        String tag = Fixtures.unique("kudos");
        for (int i = 0; i < 3; i++) {
            give(me, 5, "Great launch " + tag + " #" + i);
        }
        fixtures.signIn(me);
        PointsPage first = rewards.myHistory(null, 2, Language.ENGLISH);
        assertThat(first.movements()).extracting(PointMovement::kudosText)
                .containsExactly("Great launch " + tag + " #2", "Great launch " + tag + " #1");
        assertThat(first.movements()).allSatisfy(m -> {
            assertThat(m.account()).isEqualTo("RECEIVED");
            assertThat(m.amount()).isEqualTo(5);
        });
        assertThat(first.next()).isNotNull();
        PointsPage second = rewards.myHistory(first.next(), 2, Language.ENGLISH);
        assertThat(second.movements()).extracting(PointMovement::kudosText).containsExactly("Great launch " + tag + " #0");
        assertThat(second.next()).isNull();
    }

    // ---- helpers ----

    private void give(Person p, int points) {
        give(p, points, "Thanks " + Fixtures.unique("k"));
    }

    private void give(Person p, int points, String message) {
        new RewardsTestPoints(tx, jdbc, ledger).give(p.getId(), points, message);
    }

    /** A new offered reward made by HR; signs HR out again. */
    private long reward(int cost, @Nullable Integer stock) {
        fixtures.signInAs(Role.HR);
        String tag = Fixtures.unique("Prize");
        long id = rewards.create(form(tag, "جایزه " + tag, cost, stock));
        Fixtures.signOut();
        return id;
    }

    private @Nullable Integer stock(long rewardId) {
        return jdbc.sql("SELECT stock FROM reward WHERE id = :id").param("id", rewardId)
                .query((rs, n) -> Optional.ofNullable((Integer) rs.getObject(1, Integer.class))).single().orElse(null);
    }

    private RewardDetails details(long id) {
        return jdbc.sql("SELECT id FROM reward WHERE id = :id").param("id", id).query(Long.class).optional()
                .flatMap(x -> rewards.rewards().stream().filter(r -> r.id() == id).findFirst()).orElseThrow();
    }

    private long heldBySql() {
        return jdbc.sql("""
                SELECT COALESCE(SUM(CASE WHEN a.id = m.to_account THEN m.amount ELSE -m.amount END), 0)
                FROM point_account a JOIN point_movement m ON m.to_account = a.id OR m.from_account = a.id
                WHERE a.kind = 'RECEIVED'""").query(Long.class).single();
    }

    /** Walks HR's whole queue by its keyset pages to find one redemption. */
    private Optional<QueuedRedemption> queued(long redemption) {
        Long after = null;
        for (int page = 0; page < 1000; page++) {
            var items = rewards.pendingRedemptions(after, RewardService.PAGE_MAX);
            var found = items.stream().filter(q -> q.id() == redemption).findFirst();
            if (found.isPresent() || items.size() < RewardService.PAGE_MAX) {
                return found;
            }
            after = items.getLast().id();
        }
        throw new AssertionError("queue too long");
    }

    private static RewardForm form(String en, String fa, @Nullable Integer cost, @Nullable Integer stock) {
        return new RewardForm(en, fa, "", "", cost, stock, true);
    }

    private void assertRefused(RewardForm f, String key) {
        assertThatThrownBy(() -> rewards.create(f)).isInstanceOf(UserError.class).hasMessage(key);
    }

    private void assertRedeemRefused(long reward, String key) {
        assertThatThrownBy(() -> rewards.redeem(reward)).isInstanceOf(UserError.class).hasMessage(key);
    }
}
