package app.bravo.recognition.internal;

import app.bravo.recognition.QueuedRedemption;
import app.bravo.recognition.RedemptionStatus;
import app.bravo.recognition.RewardDetails;
import app.bravo.recognition.RewardForm;
import app.bravo.shared.upload.Uploads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The rewards catalog and its redemptions in SQL (V016's {@code reward} and {@code redemption}).
 * Stock and decisions change only by conditional writes, so that the database, not a Java lock,
 * keeps them right with several instances: a unit of stock is taken only while one is left, and a
 * redemption is decided only while it is pending. The read model of the directory (names, e-mail,
 * whether someone left) is joined in SQL, as {@link RecognitionSettingsStore} does.
 */
@Component
public class RewardStore {

    /** A redemption's row as the service needs it to decide. */
    public record Redemption(long id, long rewardId, long personId, int cost, RedemptionStatus status) {
    }

    /** One line of the export. */
    public record ExportLine(Instant at, String person, String email, String rewardEn, String rewardFa, int cost,
                             RedemptionStatus status, @Nullable String decidedBy, @Nullable Instant decidedAt,
                             @Nullable String reason) {
    }

    /** A redemption of the person's own list, both names (the service picks the reader's). */
    public record OwnRedemption(long id, long rewardId, String nameEn, String nameFa, int cost, RedemptionStatus status,
                                Instant at, @Nullable Instant decidedAt, @Nullable String reason) {
    }

    /** What a movement of the history was about. */
    public record MovementContext(long movementId, @Nullable String kudosText, @Nullable String rewardEn,
                                  @Nullable String rewardFa, @Nullable String fromName, @Nullable String toName) {
    }

    private static final String REWARD_COLUMNS =
            "id, name_en, name_fa, description_en, description_fa, photo_key, cost, stock, active";

    private final JdbcClient jdbc;

    RewardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the catalog ----

    public long insert(RewardForm f, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reward (name_en, name_fa, description_en, description_fa, cost, stock, active, created_at)
                VALUES (:ne, :nf, :de, :df, :cost, :stock, :active, :at)""")
                .param("ne", f.nameEn()).param("nf", f.nameFa()).param("de", f.descriptionEn())
                .param("df", f.descriptionFa()).param("cost", f.cost()).param("stock", f.stock())
                .param("active", f.active()).param("at", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public boolean update(long id, RewardForm f) {
        return jdbc.sql("""
                UPDATE reward SET name_en = :ne, name_fa = :nf, description_en = :de, description_fa = :df,
                       cost = :cost, stock = :stock, active = :active, version = version + 1 WHERE id = :id""")
                .param("ne", f.nameEn()).param("nf", f.nameFa()).param("de", f.descriptionEn())
                .param("df", f.descriptionFa()).param("cost", f.cost()).param("stock", f.stock())
                .param("active", f.active()).param("id", id).update() == 1;
    }

    public Optional<RewardDetails> find(long id) {
        return jdbc.sql("SELECT " + REWARD_COLUMNS + " FROM reward WHERE id = :id")
                .param("id", id).query(RewardStore::details).optional();
    }

    /** Locks the reward's row (a current read) until the transaction ends. */
    public Optional<RewardDetails> lock(long id) {
        return jdbc.sql("SELECT " + REWARD_COLUMNS + " FROM reward WHERE id = :id FOR UPDATE")
                .param("id", id).query(RewardStore::details).optional();
    }

    /** Every reward, offered ones first and by cost, at most {@code limit}: HR's catalog editor. */
    public List<RewardDetails> all(int limit) {
        return jdbc.sql("SELECT " + REWARD_COLUMNS + " FROM reward ORDER BY active DESC, cost, id LIMIT :limit")
                .param("limit", limit).query(RewardStore::details).list();
    }

    /** The rewards offered now, cheapest first, at most {@code limit}. */
    public List<RewardDetails> active(int limit) {
        return jdbc.sql("SELECT " + REWARD_COLUMNS + " FROM reward WHERE active ORDER BY cost, id LIMIT :limit")
                .param("limit", limit).query(RewardStore::details).list();
    }

    /** Sets the picture (null: none); the caller holds the row's lock and deletes the one it replaces. */
    public void setPhoto(long id, @Nullable String key) {
        jdbc.sql("UPDATE reward SET photo_key = :k, version = version + 1 WHERE id = :id").param("k", key).param("id", id).update();
    }

    public @Nullable String photoKey(long id) {
        return jdbc.sql("SELECT photo_key FROM reward WHERE id = :id").param("id", id).query(String.class).optional().orElse(null);
    }

    /**
     * Takes one unit of an offered reward's stock, in one conditional write: while the row is locked
     * by another redemption this waits, then sees what that one left. Unlimited stock stays NULL.
     *
     * @return whether a unit was taken (false: not offered, no such reward, or none left)
     */
    public boolean takeOne(long id) {
        return jdbc.sql("UPDATE reward SET stock = stock - 1 WHERE id = :id AND active AND (stock IS NULL OR stock > 0)")
                .param("id", id).update() == 1;
    }

    /** Puts one unit back into a limited stock (a declined redemption); unlimited stays unlimited. */
    public void putBackOne(long id) {
        jdbc.sql("UPDATE reward SET stock = stock + 1 WHERE id = :id AND stock IS NOT NULL").param("id", id).update();
    }

    // ---- redemptions ----

    public long insertRedemption(long rewardId, long personId, int cost, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO redemption (reward_id, person_id, cost, status, created_at)
                VALUES (:r, :p, :cost, 'PENDING', :at)""")
                .param("r", rewardId).param("p", personId).param("cost", cost).param("at", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<Redemption> redemption(long id) {
        return jdbc.sql("SELECT id, reward_id, person_id, cost, status FROM redemption WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new Redemption(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getInt(4),
                        RedemptionStatus.valueOf(rs.getString(5))))
                .optional();
    }

    /**
     * Decides a pending redemption, in one conditional write, so that it is decided once: a second
     * decision, also a simultaneous one, finds it no longer pending.
     *
     * @return whether this call decided it
     */
    public boolean decide(long id, RedemptionStatus outcome, @Nullable String reason, long deciderId, Instant now) {
        return jdbc.sql("""
                UPDATE redemption SET status = :s, reason = :reason, decided_by = :by, decided_at = :at, version = version + 1
                WHERE id = :id AND status = 'PENDING'""")
                .param("s", outcome.name()).param("reason", reason).param("by", deciderId)
                .param("at", Timestamp.from(now)).param("id", id).update() == 1;
    }

    /** HR's queue: pending redemptions, oldest first, after the one with id {@code afterId} (keyset on time and id). */
    public List<QueuedRedemption> queue(@Nullable Long afterId, int size) {
        return jdbc.sql("""
                SELECT d.id, d.person_id, p.display_name, p.email, NOT p.active, d.reward_id, r.name_en, r.name_fa,
                       d.cost, d.created_at
                FROM redemption d JOIN person p ON p.id = d.person_id JOIN reward r ON r.id = d.reward_id
                LEFT JOIN redemption a ON a.id = :after
                WHERE d.status = 'PENDING'
                  AND (:after IS NULL OR d.created_at > a.created_at OR (d.created_at = a.created_at AND d.id > a.id))
                ORDER BY d.created_at, d.id LIMIT :size""")
                .param("after", afterId).param("size", size)
                .query((rs, n) -> new QueuedRedemption(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5), rs.getLong(6), rs.getString(7), rs.getString(8), rs.getInt(9), instant(rs, 10)))
                .list();
    }

    /** A person's own redemptions, newest first, before the one with id {@code beforeId}. */
    public List<OwnRedemption> ofPerson(long personId, @Nullable Long beforeId, int size) {
        return jdbc.sql("""
                SELECT d.id, d.reward_id, r.name_en, r.name_fa, d.cost, d.status, d.created_at, d.decided_at, d.reason
                FROM redemption d JOIN reward r ON r.id = d.reward_id
                WHERE d.person_id = :p AND (:before IS NULL OR d.id < :before)
                ORDER BY d.id DESC LIMIT :size""")
                .param("p", personId).param("before", beforeId).param("size", size)
                .query((rs, n) -> new OwnRedemption(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), RedemptionStatus.valueOf(rs.getString(6)), instant(rs, 7), nullableInstant(rs, 8),
                        rs.getString(9)))
                .list();
    }

    /** The redemptions made in [from, to), oldest first, at most {@code limit}. */
    public List<ExportLine> export(Instant from, Instant to, int limit) {
        return jdbc.sql("""
                SELECT d.created_at, p.display_name, p.email, r.name_en, r.name_fa, d.cost, d.status,
                       dp.display_name, d.decided_at, d.reason
                FROM redemption d JOIN person p ON p.id = d.person_id JOIN reward r ON r.id = d.reward_id
                LEFT JOIN person dp ON dp.id = d.decided_by
                WHERE d.created_at >= :from AND d.created_at < :to
                ORDER BY d.created_at, d.id LIMIT :limit""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit)
                .query((rs, n) -> new ExportLine(instant(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), RedemptionStatus.valueOf(rs.getString(7)), rs.getString(8),
                        nullableInstant(rs, 9), rs.getString(10)))
                .list();
    }

    public String personName(long personId) {
        return jdbc.sql("SELECT display_name FROM person WHERE id = :p").param("p", personId).query(String.class).single();
    }

    // ---- points ----

    /** What the movements of one history page were about: the kudos' words (unless hidden or deleted), the reward, both ends' people. */
    public List<MovementContext> contexts(Collection<Long> movementIds) {
        if (movementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT m.id, CASE WHEN k.hidden OR k.status = 'DELETED' THEN NULL ELSE k.message END,
                       r.name_en, r.name_fa, pf.display_name, pt.display_name
                FROM point_movement m
                LEFT JOIN kudos k ON k.id = m.kudos_id
                LEFT JOIN redemption d ON d.id = m.redemption_id LEFT JOIN reward r ON r.id = d.reward_id
                LEFT JOIN point_account af ON af.id = m.from_account LEFT JOIN person pf ON pf.id = af.person_id
                LEFT JOIN point_account at2 ON at2.id = m.to_account LEFT JOIN person pt ON pt.id = at2.person_id
                WHERE m.id IN (:ids)""")
                .param("ids", movementIds)
                .query((rs, n) -> new MovementContext(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    private static RewardDetails details(ResultSet rs, int n) throws SQLException {
        String photo = rs.getString(6);
        return new RewardDetails(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                photo == null ? null : Uploads.url(photo), rs.getInt(7), (Integer) rs.getObject(8, Integer.class),
                rs.getBoolean(9));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
