package app.bravo.shared.db;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.recognition.KudosFilter;
import app.bravo.recognition.KudosForm;
import app.bravo.recognition.KudosItem;
import app.bravo.recognition.KudosService;
import app.bravo.recognition.internal.Ledger;
import app.bravo.security.Role;
import app.bravo.wall.Channel;
import app.bravo.wall.FeedbackForm;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.ScoreType;
import app.bravo.wall.WallFilter;
import app.bravo.wall.WallService;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DD018: every write path stores a UTC instant and every read path gives the same instant back,
 * whatever the JVM's default zone and the server's zone. The test runs with the JVM in Asia/Tehran
 * (+03:30) and the server's global zone at +03:30 too, and evicts the pool's connections so that the
 * rule must hold both for the connections made before and for those made under the foreign zones.
 */
@IntegrationTest
class UtcTimestampsTest {

    private static final DateTimeFormatter RAW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    @Autowired TestClock clock;
    @Autowired Fixtures fixtures;
    @Autowired KudosService kudos;
    @Autowired Ledger ledger;
    @Autowired FeedbackService feedback;
    @Autowired WallService wall;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    private TimeZone jvmZone;
    private String serverZone;

    @BeforeEach
    void foreignZones() throws SQLException {
        jvmZone = TimeZone.getDefault();
        serverZone = jdbc.queryForObject("SELECT @@global.time_zone", String.class);
        jdbc.execute("SET GLOBAL time_zone = '+03:30'");
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tehran"));
        // connections made from here on start under both foreign zones; busy ones are replaced when returned
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
    }

    @AfterEach
    void homeZones() throws SQLException {
        TimeZone.setDefault(jvmZone);
        jdbc.execute("SET GLOBAL time_zone = '" + serverZone.replace("'", "") + "'");
        dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
        clock.reset();
        Fixtures.signOut();
    }

    /** The column's stored value as the session shows it (the session must be UTC) and as seconds since the epoch (no zone at all). */
    private void storedAsUtc(String table, String column, long id, Instant expected) {
        String raw = jdbc.queryForObject("SELECT DATE_FORMAT(" + column + ", '%Y-%m-%d %H:%i:%s.%f') FROM " + table + " WHERE id = ?",
                String.class, id);
        assertThat(raw).as(table + "." + column + " as the session shows it").isEqualTo(RAW.format(expected));
        Long micros = jdbc.queryForObject("SELECT CAST(UNIX_TIMESTAMP(" + column + ") * 1000000 AS SIGNED) FROM " + table + " WHERE id = ?",
                Long.class, id);
        assertThat(micros).as(table + "." + column + " as an instant").isEqualTo(ChronoUnit.MICROS.between(Instant.EPOCH, expected));
    }

    @Test
    void the_session_works_in_utc() {
        Long offset = jdbc.queryForObject("SELECT TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(), NOW())", Long.class);
        assertThat(offset).isZero();
    }

    @Test
    void a_kudos_and_its_ledger_movement_are_stored_and_read_back_as_the_same_utc_instant() {
        Instant at = Instant.parse("2025-06-15T22:45:30.123456Z");
        clock.set(at);
        Person giver = fixtures.person("Giver");
        Person taker = fixtures.person("Taker");
        fixtures.signIn(giver);
        long id = kudos.give(KudosForm.of(List.of(taker.getId()), "Thanks for the late-night fix", Set.of(), 5));

        KudosItem item = kudos.page(KudosFilter.person(taker.getId()), null, 10).items().stream()
                .filter(k -> k.id() == id).findFirst().orElseThrow();
        assertThat(item.createdAt()).isEqualTo(at);
        assertThat(item.publishedAt()).isEqualTo(at);
        storedAsUtc("kudos", "created_at", id, at);
        storedAsUtc("kudos", "published_at", id, at);

        Ledger.Movement gift = ledger.history(taker.getId(), null, 10).stream()
                .filter(m -> m.kind() == Ledger.MovementKind.GIFT).findFirst().orElseThrow();
        assertThat(gift.at()).isEqualTo(at);
        storedAsUtc("point_movement", "created_at", gift.id(), at);
    }

    @Test
    void a_wall_note_saved_through_jpa_is_read_back_through_sql_as_the_same_utc_instant() {
        Instant submitted = Instant.parse("2025-03-20T20:40:00.000250Z");
        Instant published = submitted.plus(3, ChronoUnit.HOURS);
        clock.set(submitted);
        fixtures.signInAs();
        long id = feedback.submit(new FeedbackForm("Answered before our own team woke up", "Dana Customer", "Acme",
                Channel.EMAIL, 9, ScoreType.NPS, LocalDate.of(2025, 3, 20), List.of(), List.of(), List.of(), List.of(), null)).id();
        clock.set(published);
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);

        var note = wall.find(id, WallFilter.NONE).orElseThrow().note();
        assertThat(note.createdAt()).isEqualTo(submitted);
        assertThat(note.publishedAt()).isEqualTo(published);
        storedAsUtc("feedback_note", "published_at", id, published);
    }
}
