package app.bravo.demo;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.recognition.RecognitionDemo;
import app.bravo.security.Role;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoRecognitionTest {

    @Autowired PeopleService people;
    @Autowired RecognitionDemo recognition;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void a_year_of_recognition_tells_a_story_and_a_second_run_adds_nothing() {
        DemoMode.asSystem();
        new DemoData(people, clock).seed();
        recognition.seed(DemoData.DOMAIN);
        String demoKudos = "SELECT COUNT(*) FROM kudos k JOIN person p ON p.id = k.giver_id WHERE p.email LIKE '%@bravo.demo'";
        long first = count(demoKudos);

        recognition.seed(DemoData.DOMAIN);

        assertThat(count(demoKudos)).isEqualTo(first).isGreaterThanOrEqualTo(300);
        assertThat(count(demoKudos + " AND k.kind = 'BIG' AND k.status = 'PUBLISHED'")).isGreaterThanOrEqualTo(10);
        fixtures.signInAs(Role.ADMIN);
        long manager = people.idOfEmail("manager@bravo.demo").orElseThrow();
        long employee = people.idOfEmail("employee@bravo.demo").orElseThrow();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kudos WHERE status = 'PENDING' AND approver_id = :m").param("m", manager)
                .query(Long.class).single()).isEqualTo(2);
        // the demo employee is recognised, holds points to spend, and the months of the past left no allowance behind
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kudos_recipient WHERE person_id = :e").param("e", employee)
                .query(Long.class).single()).isGreaterThanOrEqualTo(10);
        List<Long> demoAccounts = jdbc.sql("""
                SELECT a.id FROM point_account a JOIN person p ON p.id = a.person_id WHERE p.email LIKE '%@bravo.demo'""")
                .query(Long.class).list();
        for (long account : demoAccounts) {
            long balance = jdbc.sql("""
                    SELECT (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE to_account = :a)
                         - (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE from_account = :a)""")
                    .param("a", account).query(Long.class).single();
            assertThat(balance).as("account %d", account).isNotNegative();
        }
        assertThat(count("""
                SELECT COUNT(*) FROM point_movement m JOIN point_account a ON a.id = m.to_account
                WHERE a.kind = 'ALLOWANCE' AND m.kind = 'GRANT' AND m.actor = 'demo-seed'
                  AND NOT EXISTS (SELECT 1 FROM point_movement x WHERE x.once_key = CONCAT('EXPIRY:', a.id, ':', m.period))
                  AND m.period <> (SELECT MAX(m2.period) FROM point_movement m2 WHERE m2.to_account = a.id AND m2.kind = 'GRANT')
                  AND (SELECT COALESCE(SUM(g.amount), 0) FROM point_movement g WHERE g.from_account = a.id AND g.kind = 'GIFT'
                         AND g.created_at >= m.created_at AND g.created_at < (SELECT MIN(n.created_at) FROM point_movement n
                             WHERE n.to_account = a.id AND n.kind = 'GRANT' AND n.created_at > m.created_at)) < m.amount"""))
                .as("past months whose leftover allowance did not expire").isZero();
        assertThat(count("SELECT COUNT(*) FROM redemption r JOIN person p ON p.id = r.person_id WHERE p.email LIKE '%@bravo.demo'"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM reward WHERE name_fa = 'هودی براوو'")).isEqualTo(1);
    }
}
