package app.bravo.pulse;

import app.bravo.IntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** V028: the default touchpoints every fresh install shows, and the stage and kind the table accepts. */
@IntegrationTest
class JourneySchemaTest {

    @Autowired JdbcClient jdbc;

    @Test
    void the_migration_seeds_the_recruiting_touchpoints_in_both_languages_and_every_stage_is_a_journey_stage() {
        assertThat(jdbc.sql("SELECT CONCAT(kind, ':', name_en, '/', name_fa) FROM pulse_journey_touchpoint"
                        + " WHERE stage = 'RECRUITING' AND position BETWEEN 1 AND 4 AND name_en IN"
                        + " ('Job advert', 'Application', 'Interviews', 'Offer and contract') ORDER BY position")
                .query(String.class).list())
                .containsExactly("MECHANICAL:Job advert/آگهی شغلی", "TASK:Application/ارسال درخواست",
                        "HUMAN:Interviews/مصاحبه‌ها", "TASK:Offer and contract/پیشنهاد و قرارداد");
        assertThat(jdbc.sql("SELECT DISTINCT stage FROM pulse_journey_touchpoint WHERE name_en IN"
                        + " ('Accounts and equipment', 'Tools and systems', 'Performance review', 'Thanks from colleagues', 'Exit conversation')")
                .query(String.class).set())
                .allSatisfy(s -> assertThat(Arrays.stream(JourneyStage.values()).map(Enum::name)).contains(s))
                .hasSize(5);
    }

    @Test
    void an_unknown_stage_or_kind_is_refused_by_the_table() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO pulse_journey_touchpoint (stage, position, kind, name_en, name_fa)"
                + " VALUES ('HOLIDAY', 1, 'TASK', 'x', 'x')").update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO pulse_journey_touchpoint (stage, position, kind, name_en, name_fa)"
                + " VALUES ('GROWTH', 1, 'ROBOT', 'x', 'x')").update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
