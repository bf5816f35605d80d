package app.bravo.pulse;

import app.bravo.pulse.internal.ActionStore;
import app.bravo.pulse.internal.SurveyStore;
import app.bravo.shared.time.CompanyCalendar;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo company's published actions (issue 14 point 9), for the demo seeder only: three actions on
 * the latest closed round of a survey the demo people made, one planned, one in progress and one
 * done, one of them written in Persian. Nothing happens without such a round, or when the demo
 * people already published actions. Written through the store: the seeder acts as the system.
 */
@Component
public class ActionDemo {

    private final ActionStore store;
    private final SurveyStore surveys;
    private final JdbcClient jdbc;
    private final CompanyCalendar calendar;

    ActionDemo(ActionStore store, SurveyStore surveys, JdbcClient jdbc, CompanyCalendar calendar) {
        this.store = store;
        this.surveys = surveys;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** Publishes the demo actions by {@code hrEmail}, one owned by {@code managerEmail}; returns how many. */
    @Transactional
    public int seed(String domain, String hrEmail, String managerEmail) {
        String demo = "%@" + domain;
        boolean seeded = jdbc.sql("SELECT COUNT(*) FROM pulse_action a JOIN person p ON p.id = a.created_by WHERE p.email LIKE ?")
                .param(demo).query(Long.class).single() > 0;
        Optional<Long> hr = active(hrEmail);
        Optional<Long> manager = active(managerEmail);
        Optional<Long[]> round = jdbc.sql("""
                SELECT r.id, r.survey_id FROM pulse_round r JOIN pulse_survey s ON s.id = r.survey_id
                JOIN person p ON p.id = s.created_by
                WHERE r.status = 'CLOSED' AND p.email LIKE ? ORDER BY r.close_date DESC, r.id DESC LIMIT 1""")
                .param(demo).query((rs, n) -> new Long[] {rs.getLong(1), rs.getLong(2)}).optional();
        if (seeded || hr.isEmpty() || manager.isEmpty() || round.isEmpty()) {
            return 0;
        }
        long roundId = round.get()[0];
        List<Question> questions = surveys.questions(round.get()[1]);
        Long first = questions.isEmpty() ? null : questions.getFirst().id();
        Long last = questions.isEmpty() ? null : questions.getLast().id();
        var now = calendar.now();
        var today = calendar.today();
        long done = store.create(new ActionForm(roundId, first, "Monthly recognition round-up in the all-hands",
                "You told us good work goes unnoticed. From now on every all-hands opens with five minutes of kudos.",
                hr.get(), today.plusDays(7)), hr.get(), now);
        store.changeStatus(done, 0, ActionStatus.IN_PROGRESS, "The first round-up is on the agenda.", hr.get(), now);
        store.changeStatus(done, 1, ActionStatus.DONE, "Held at the last all-hands; it stays on the agenda.", hr.get(), now);
        long doing = store.create(new ActionForm(roundId, last, "ساعت‌های بدون جلسه در روزهای چهارشنبه",
                "گفتید جلسه‌ها وقت کار متمرکز را می‌گیرند. چهارشنبه‌ها تا ظهر جلسه‌ای گذاشته نمی‌شود.",
                manager.get(), today.plusDays(30)), hr.get(), now);
        store.changeStatus(doing, 0, ActionStatus.IN_PROGRESS, "دو تیم آزمایش را شروع کرده‌اند.", manager.get(), now);
        store.create(new ActionForm(roundId, null, "Clear growth paths for every role",
                "Many of you asked what the next step in your career looks like here. HR will publish a growth path per role.",
                hr.get(), today.plusDays(90)), hr.get(), now);
        return 3;
    }

    /** Removes the actions the demo people published or own, and their progress notes. */
    @Transactional
    public String remove(Collection<Long> personIds) {
        return store.removeOf(List.copyOf(personIds)) + " pulse actions";
    }

    private Optional<Long> active(String email) {
        return jdbc.sql("SELECT id FROM person WHERE email = ? AND active").param(email).query(Long.class).optional();
    }
}
