package app.bravo.pulse;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.internal.RoundsJob;
import app.bravo.security.Role;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo company's published actions: once, on its latest closed round, and gone with the demo people. */
@IntegrationTest
class ActionDemoTest {

    @Autowired ActionDemo demo;
    @Autowired ActionService actions;
    @Autowired PulseTestData data;
    @Autowired RoundsJob job;
    @Autowired Fixtures fixtures;
    @Autowired TestClock clock;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void the_demo_publishes_three_actions_once_and_removes_them_with_its_people() {
        String domain = Fixtures.unique("demo") + ".example";
        long survey = data.draft();
        long maker = jdbc.sql("SELECT created_by FROM pulse_survey WHERE id = ?").param(survey).query(Long.class).single();
        jdbc.sql("UPDATE person SET email = ? WHERE id = ?").params("hr@" + domain, maker).update();
        Person manager = fixtures.person("Demo Manager", Role.MANAGER);
        jdbc.sql("UPDATE person SET email = ? WHERE id = ?").params("manager@" + domain, manager.getId()).update();
        long round = data.openOneOff(survey, Audience.EVERYONE);
        assertThat(demo.seed(domain, "hr@" + domain, "manager@" + domain)).as("no closed round yet").isZero();
        clock.set(Instant.parse("2033-03-15T00:00:00Z"));
        job.closeOverdue();

        assertThat(demo.seed(domain, "hr@" + domain, "manager@" + domain)).isEqualTo(3);
        assertThat(demo.seed(domain, "hr@" + domain, "manager@" + domain)).isZero();
        fixtures.signInAs();
        assertThat(actions.actionsOfRound(round)).extracting(ActionPlan::status)
                .containsExactly(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE);
        assertThat(actions.actionsOfRound(round).get(1).ownerId()).isEqualTo(manager.getId());

        assertThat(demo.remove(List.of(maker, manager.getId()))).isEqualTo("3 pulse actions");
        assertThat(actions.actionsOfRound(round)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pulse_action_progress WHERE by_id IN (?, ?)").params(maker, manager.getId())
                .query(Long.class).single()).isZero();
    }
}
