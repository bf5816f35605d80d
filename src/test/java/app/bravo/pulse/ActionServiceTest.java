package app.bravo.pulse;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.people.Person;
import app.bravo.pulse.internal.RoundsJob;
import app.bravo.security.BravoUser;
import app.bravo.security.Role;
import app.bravo.shared.KeysetPage;
import app.bravo.shared.UserError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** "You said, we did" action plans: who publishes them, what they must answer, and how everyone follows them. */
@IntegrationTest
class ActionServiceTest {

    static final String TITLE_FA = "ساعت‌های بدون جلسه در چهارشنبه‌ها";
    static final String BODY = "You said meetings eat focus time.\nNo meetings before noon on Wednesdays.";

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

    /** A round of a new survey, opened and (unless {@code close} is false) closed on 2033-03-15; HR signed in. */
    private long round(boolean close) {
        long round = data.openOneOff(data.draft(), Audience.EVERYONE);
        if (close) {
            clock.set(Instant.parse("2033-03-15T00:00:00Z"));
            job.closeOverdue();
        }
        fixtures.signInAs(Role.HR);
        return round;
    }

    private static String key(Runnable r) {
        return catchThrowableOfType(UserError.class, r::run).key();
    }

    private List<Question> questionsOf(long round) {
        return actions.questions(round);
    }

    @Test
    void hr_publishes_an_action_that_every_employee_reads_exactly_as_written_with_its_first_step() {
        long round = round(true);
        BravoUser hr = fixtures.signInAs(Role.HR);
        long question = questionsOf(round).get(1).id();
        Person owner = fixtures.person("Owner Person");
        long id = actions.create(new ActionForm(round, question, "  " + TITLE_FA + " ", BODY, owner.getId(),
                LocalDate.of(2033, 4, 1)));

        fixtures.signInAs();
        List<ActionPlan> of = actions.actionsOfRound(round);
        assertThat(of).extracting(ActionPlan::id).containsExactly(id);
        ActionPlan a = of.getFirst();
        assertThat(a.title()).isEqualTo(TITLE_FA);
        assertThat(a.body()).isEqualTo(BODY);
        assertThat(a.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(a.ownerName()).isEqualTo("Owner Person");
        assertThat(a.dueDate()).isEqualTo(LocalDate.of(2033, 4, 1));
        assertThat(a.round().closeDate()).isEqualTo(LocalDate.of(2033, 3, 14));
        assertThat(a.questionEn()).isEqualTo("I am recognised.");
        assertThat(a.questionFa()).isEqualTo("از من قدردانی می‌شود.");
        assertThat(a.editable()).isFalse();
        assertThat(a.progress()).extracting(ActionProgress::status, ActionProgress::byId, ActionProgress::note)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ActionStatus.PLANNED, hr.personId(), null));
        assertThat(actions.canPublish()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACTION_PLAN_CREATED' AND target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void a_status_change_moves_the_action_and_adds_a_step_to_its_timeline() {
        long round = round(true);
        BravoUser hr = fixtures.signInAs(Role.HR);
        long id = actions.create(new ActionForm(round, null, "Kudos in the all-hands", "", hr.personId(), null));

        actions.changeStatus(id, 0, ActionStatus.IN_PROGRESS, "  First one on Monday. ");
        actions.changeStatus(id, 1, ActionStatus.IN_PROGRESS, "Second one too.");

        ActionPlan a = actions.action(id);
        assertThat(a.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(a.version()).isEqualTo(2);
        assertThat(a.progress()).extracting(ActionProgress::status, ActionProgress::note).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ActionStatus.PLANNED, null),
                org.assertj.core.groups.Tuple.tuple(ActionStatus.IN_PROGRESS, "First one on Monday."),
                org.assertj.core.groups.Tuple.tuple(ActionStatus.IN_PROGRESS, "Second one too."));
        assertThat(key(() -> actions.changeStatus(id, 2, ActionStatus.IN_PROGRESS, " ")))
                .isEqualTo("pulseactions.error.nothing-changed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACTION_PLAN_STATUS_CHANGED' AND target_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void a_plain_employee_may_read_but_not_publish_or_change_an_action() {
        long round = round(true);
        BravoUser hr = fixtures.signInAs(Role.HR);
        long id = actions.create(new ActionForm(round, null, "Growth paths", "", hr.personId(), null));
        BravoUser employee = fixtures.signInAs();

        assertThat(catchThrowable(() -> actions.create(new ActionForm(round, null, "Mine", "", employee.personId(), null))))
                .isExactlyInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class)
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catchThrowable(() -> actions.changeStatus(id, 0, ActionStatus.DONE, "")))
                .isExactlyInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
        assertThat(actions.action(id).status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pulse_action WHERE round_id = ?").param(round).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void a_manager_changes_only_the_actions_they_published_or_own() {
        long round = round(true);
        BravoUser hr = fixtures.signInAs(Role.HR);
        Person owning = fixtures.person("Owning Manager", Role.MANAGER);
        long hrs = actions.create(new ActionForm(round, null, "HR's own", "", hr.personId(), null));
        long owned = actions.create(new ActionForm(round, null, "Owned by the manager", "", owning.getId(), null));
        BravoUser manager = fixtures.signInAs(Role.MANAGER);
        long mine = actions.create(new ActionForm(round, null, "A manager's", "", manager.personId(), null));

        assertThat(key(() -> actions.changeStatus(hrs, 0, ActionStatus.DONE, ""))).isEqualTo("pulseactions.error.not-yours");
        assertThat(key(() -> actions.update(hrs, 0, new ActionForm(round, null, "Taken", "", manager.personId(), null))))
                .isEqualTo("pulseactions.error.not-yours");
        actions.changeStatus(mine, 0, ActionStatus.DONE, "");
        assertThat(actions.actionsOfRound(round)).extracting(ActionPlan::id, ActionPlan::editable).containsExactly(
                org.assertj.core.groups.Tuple.tuple(mine, true), org.assertj.core.groups.Tuple.tuple(owned, false),
                org.assertj.core.groups.Tuple.tuple(hrs, false));
        fixtures.signIn(owning);
        actions.changeStatus(owned, 0, ActionStatus.IN_PROGRESS, "");
        assertThat(actions.action(owned).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(actions.action(hrs).status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(actions.action(mine).status()).isEqualTo(ActionStatus.DONE);
    }

    @Test
    void an_action_answers_a_closed_round_with_a_question_of_its_survey_and_an_active_owner() {
        long closed = round(true);
        long otherRound = round(true);
        long open = round(false);
        BravoUser hr = fixtures.signInAs(Role.HR);
        long foreign = questionsOf(otherRound).getFirst().id();
        Person gone = fixtures.person("Gone Person");
        jdbc.sql("UPDATE person SET active = FALSE WHERE id = ?").param(gone.getId()).update();

        assertThat(key(() -> actions.create(new ActionForm(open, null, "Too soon", "", hr.personId(), null))))
                .isEqualTo("pulseactions.error.round-open");
        assertThat(key(() -> actions.create(new ActionForm(closed, foreign, "Wrong question", "", hr.personId(), null))))
                .isEqualTo("pulseactions.error.no-question");
        assertThat(key(() -> actions.create(new ActionForm(closed, null, "Nobody", "", gone.getId(), null))))
                .isEqualTo("pulseactions.error.owner-inactive");
        assertThat(key(() -> actions.create(new ActionForm(closed, null, "  ", "", hr.personId(), null))))
                .isEqualTo("pulseactions.error.title.required");
        assertThat(key(() -> actions.create(new ActionForm(closed, null, "x".repeat(ActionForm.TITLE_MAX + 1), "",
                hr.personId(), null)))).isEqualTo("pulseactions.error.title.too-long");
        assertThat(key(() -> actions.create(new ActionForm(closed, null, "Late", "", hr.personId(), LocalDate.of(2033, 3, 13)))))
                .isEqualTo("pulseactions.error.due-before-round");
        assertThat(key(() -> actions.create(new ActionForm(-1, null, "No round", "", hr.personId(), null))))
                .isEqualTo("pulseactions.error.no-round");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pulse_action WHERE round_id IN (?, ?)").params(open, closed)
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_change_over_a_version_someone_else_changed_is_refused() {
        long round = round(true);
        BravoUser hr = fixtures.signInAs(Role.HR);
        long id = actions.create(new ActionForm(round, null, "First", "", hr.personId(), null));
        ActionPlan read = actions.action(id);

        actions.update(id, read.version(), new ActionForm(round, null, "Second", "", hr.personId(), null));

        assertThat(key(() -> actions.changeStatus(id, read.version(), ActionStatus.DONE, "")))
                .isEqualTo("pulseactions.error.stale");
        assertThat(key(() -> actions.update(id, read.version(), new ActionForm(round, null, "Third", "", hr.personId(), null))))
                .isEqualTo("pulseactions.error.stale");
        ActionPlan now = actions.action(id);
        assertThat(now.title()).isEqualTo("Second");
        assertThat(now.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(now.version()).isEqualTo(1);
        assertThat(now.progress()).hasSize(1);
    }

    @Test
    void the_list_pages_by_keyset_newest_first_and_filters_by_status_round_and_survey() {
        long round = round(true);
        long survey = jdbc.sql("SELECT survey_id FROM pulse_round WHERE id = ?").param(round).query(Long.class).single();
        BravoUser hr = fixtures.signInAs(Role.HR);
        // one instant for all three: the id breaks the tie
        long a = actions.create(new ActionForm(round, null, "A", "", hr.personId(), null));
        long b = actions.create(new ActionForm(round, null, "B", "", hr.personId(), null));
        long c = actions.create(new ActionForm(round, null, "C", "", hr.personId(), null));
        actions.changeStatus(b, 0, ActionStatus.DONE, "");
        fixtures.signInAs();

        KeysetPage<ActionPlan> first = actions.page(new ActionFilter(null, round, null), null, 2);
        assertThat(first.items()).extracting(ActionPlan::id).containsExactly(c, b);
        assertThat(first.hasNext()).isTrue();
        KeysetPage<ActionPlan> second = actions.page(new ActionFilter(null, round, null), first.next(), 2);
        assertThat(second.items()).extracting(ActionPlan::id).containsExactly(a);
        assertThat(second.hasNext()).isFalse();
        assertThat(actions.page(new ActionFilter(ActionStatus.DONE, round, null), null, 10).items())
                .extracting(ActionPlan::id).containsExactly(b);
        assertThat(actions.page(new ActionFilter(ActionStatus.PLANNED, null, survey), null, 10).items())
                .extracting(ActionPlan::id).containsExactly(c, a);
    }
}
