package app.bravo.pulse;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.internal.RoundsJob;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The anonymity promise in the schema (issue 14 point 3): the answer tables hold no person, no time
 * finer than a date, no auto-increment key and no foreign key to a person or to participation; and
 * an answer is written in one transaction with its participation.
 */
@IntegrationTest
class PulseSchemaTest {

    static final List<String> ANSWER_TABLES = List.of("pulse_response", "pulse_answer", "pulse_answer_choice", "pulse_comment");

    @Autowired JdbcClient jdbc;
    @Autowired PulseTestData data;
    @Autowired PulseService pulses;
    @Autowired RoundsJob job;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired PlatformTransactionManager transactions;

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void the_answer_tables_have_no_person_column_no_time_and_no_auto_increment() {
        var columns = jdbc.sql("""
                SELECT table_name, column_name, data_type, extra FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name IN (:t)""")
                .param("t", ANSWER_TABLES)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();

        assertThat(columns).extracting(c -> c.get(0)).containsAll(ANSWER_TABLES);
        assertThat(columns).extracting(c -> c.get(1)).noneMatch(name -> name.contains("person") || name.contains("created")
                || name.contains("_at") || name.contains("author") || name.contains("participation"));
        assertThat(columns).extracting(c -> c.get(2)).doesNotContain("timestamp", "datetime", "time", "year");
        assertThat(columns).extracting(c -> c.get(3)).noneMatch(extra -> extra.toLowerCase().contains("auto_increment"));
        assertThat(columns).filteredOn(c -> c.get(1).equals("id")).extracting(c -> c.get(2)).containsOnly("binary");
    }

    @Test
    void no_foreign_key_leads_from_the_answers_to_a_person_or_to_participation() {
        var targets = jdbc.sql("""
                SELECT DISTINCT referenced_table_name FROM information_schema.key_column_usage
                WHERE table_schema = DATABASE() AND table_name IN (:t) AND referenced_table_name IS NOT NULL""")
                .param("t", ANSWER_TABLES).query(String.class).list();

        assertThat(targets).containsExactlyInAnyOrder("pulse_round", "pulse_response", "pulse_answer", "pulse_question",
                "pulse_choice");
    }

    @Test
    void participation_says_only_who_answered_which_round() {
        var columns = jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = DATABASE() AND table_name = 'pulse_participation'""").query(String.class).list();

        assertThat(columns).containsExactlyInAnyOrder("round_id", "person_id");
    }

    @Test
    void an_answer_and_its_participation_are_kept_or_lost_together() {
        clock.set(Instant.parse("2031-03-03T09:00:00Z"));
        long survey = data.scheduled(Recurrence.NONE, LocalDate.of(2031, 3, 3), LocalDate.of(2031, 3, 10));
        job.openDue();
        long round = data.rounds(survey).getFirst().id();
        Person p = data.employee(null, LocalDate.of(2020, 1, 1));
        fixtures.signIn(p);
        var sheet = pulses.sheet(round);
        var answers = List.of(GivenAnswer.number(sheet.questions().get(0).id(), 9),
                GivenAnswer.number(sheet.questions().get(1).id(), 4));

        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            pulses.submit(round, answers);
            s.setRollbackOnly();
        });

        assertThat(count("pulse_participation", round)).isZero();
        assertThat(count("pulse_response", round)).isZero();

        pulses.submit(round, answers);

        assertThat(count("pulse_participation", round)).isEqualTo(1);
        assertThat(count("pulse_response", round)).isEqualTo(1);
    }

    private int count(String table, long round) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE round_id = ?").param(round).query(Integer.class).single();
    }
}
