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
    @Autowired DemoData demoData;
    @Autowired DemoRecognition demoRecognition;
    @Autowired app.bravo.recognition.KudosService kudosService;

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
        new DemoData(people, clock, recognition).seed();
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
                  AND (SELECT COALESCE(SUM(g.amount), 0) FROM point_movement g WHERE g.from_account = a.id AND g.kind IN ('GIFT', 'ADD_ON')
                         AND g.created_at >= m.created_at AND g.created_at < (SELECT MIN(n.created_at) FROM point_movement n
                             WHERE n.to_account = a.id AND n.kind = 'GRANT' AND n.created_at > m.created_at)) < m.amount"""))
                .as("past months whose leftover allowance did not expire").isZero();
        assertThat(count("SELECT COUNT(*) FROM redemption r JOIN person p ON p.id = r.person_id WHERE p.email LIKE '%@bravo.demo'"))
                .isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM reward WHERE name_fa = 'هودی براوو'")).isEqualTo(1);
        // add-ons: a share carries points, each paid through the ledger to every recipient of its kudos
        String demoAddons = "FROM kudos_addon a JOIN person p ON p.id = a.giver_id WHERE p.email LIKE '%@bravo.demo'";
        assertThat(count("SELECT COUNT(*) " + demoAddons + " AND a.points > 0")).isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COUNT(*) " + demoAddons + " AND a.points = 0")).isGreaterThanOrEqualTo(5);
        assertThat(count("SELECT COALESCE(SUM(m.amount), 0) FROM point_movement m JOIN kudos_addon a ON a.id = m.addon_id"
                + " JOIN person p ON p.id = a.giver_id WHERE p.email LIKE '%@bravo.demo' AND m.kind = 'ADD_ON'"))
                .isEqualTo(count("SELECT COALESCE(SUM(a.points * (SELECT COUNT(*) FROM kudos_recipient r WHERE r.kudos_id = a.kudos_id)), 0) "
                        + demoAddons));
    }

    @Test
    void removal_keeps_a_real_kudos_for_its_real_recipients_and_the_demo_values_it_carries() {
        DemoMode.asSystem();
        demoData.seed();
        recognition.seed(DemoData.DOMAIN);
        fixtures.signInAs(Role.ADMIN);
        long demoEmployee = people.idOfEmail("employee@bravo.demo").orElseThrow();
        long customersFirst = people.values().stream().filter(v -> v.name().equals("Customers first")).findFirst().orElseThrow().id();
        long ownIt = people.values().stream().filter(v -> v.name().equals("Own it")).findFirst().orElseThrow().id();
        var giver = fixtures.person("Real giver");
        var real = fixtures.person("Real colleague");
        fixtures.signIn(giver);
        long kudos = kudosService.give(app.bravo.recognition.KudosForm.of(List.of(demoEmployee, real.getId()),
                "Thanks to you both for the launch", java.util.Set.of(customersFirst), 10));
        Fixtures.signOut();

        demoRecognition.remove();
        DemoMode.asSystem();
        demoData.remove();

        fixtures.signInAs(Role.ADMIN);
        assertThat(people.idsAt(DemoData.DOMAIN)).isEmpty();
        assertThat(jdbc.sql("SELECT person_id FROM kudos_recipient WHERE kudos_id = :k").param("k", kudos).query(Long.class).list())
                .containsExactly(real.getId());
        assertThat(people.values()).extracting(v -> v.id()).contains(customersFirst).doesNotContain(ownIt);
        assertThat(jdbc.sql("SELECT value_id FROM kudos_value WHERE kudos_id = :k").param("k", kudos).query(Long.class).list())
                .containsExactly(customersFirst);
        // the real colleague keeps their 10 points; the demo employee's 10 went back to the giver's month
        assertThat(balance("RECEIVED", real.getId())).isEqualTo(10);
        assertThat(balance("ALLOWANCE", giver.getId())).isEqualTo(90);
    }

    private long balance(String kind, long person) {
        return jdbc.sql("""
                SELECT (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE to_account = a.id)
                     - (SELECT COALESCE(SUM(amount), 0) FROM point_movement WHERE from_account = a.id)
                FROM point_account a WHERE a.kind = :kind AND a.person_id = :p""")
                .param("kind", kind).param("p", person).query(Long.class).single();
    }
}
