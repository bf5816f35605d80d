package app.bravo.recognition.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Person;
import app.bravo.recognition.LeaderboardService;
import app.bravo.recognition.RecognitionPreferences;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.CompanyCalendar.Month;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaderboard page, on each test's own department; its kudos are published at the very start of
 * the current month, so they are older than anything other tests post "now".
 */
@IntegrationTest
class LeaderboardViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired CompanyCalendar calendar;
    @Autowired LeaderboardService leaderboards;
    @Autowired JdbcClient jdbc;
    @Autowired app.bravo.TestClock clock;

    @AfterEach
    void signOut() {
        clock.reset();
        Fixtures.signOut();
    }

    private Person in(long department, String name) {
        Person p = fixtures.person(name);
        jdbc.sql("UPDATE person SET department_id = :d WHERE id = :p").param("d", department).param("p", p.getId()).update();
        return p;
    }

    private void kudos(Person giver, Person recipient, int points, Instant at) {
        jdbc.sql("""
                INSERT INTO kudos (kind, status, giver_id, message, created_at, published_at)
                VALUES ('SMALL', 'PUBLISHED', :g, 'Thanks', :at, :at)""")
                .param("g", giver.getId()).param("at", LocalDateTime.ofInstant(at, ZoneOffset.UTC)).update();
        jdbc.sql("INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (LAST_INSERT_ID(), :p, :points)")
                .param("p", recipient.getId()).param("points", points).update();
    }

    private static List<String> names(List<ListItem> items) {
        return items.stream().map(i -> i.getChildren().skip(1).findFirst().orElseThrow())
                .map(cell -> cell.getElement().getTextRecursively()).toList();
    }

    @Test
    void the_leaderboard_ranks_a_departments_people_for_the_month_picked() {
        String tag = Fixtures.unique("lb");
        var dept = fixtures.department("board-view");
        Person ana = in(dept.getId(), "Ana " + tag);
        Person ben = in(dept.getId(), "Ben " + tag);
        Month current = calendar.currentMonth();
        Month last = calendar.previous(current);
        kudos(ana, ben, 5, current.start());
        kudos(ana, ben, 5, current.start().plusSeconds(1));
        kudos(ben, ana, 2, current.start().plusSeconds(2));
        kudos(ben, ana, 9, last.start());
        fixtures.signIn(ana);

        LeaderboardView view = navigate(LeaderboardView.class);
        assertThat(view.month.getValue()).isEqualTo(current);
        test(view.department).selectItem(dept.getName());

        List<ListItem> received = $(ListItem.class, view.received).all();
        assertThat(received).hasSize(2);
        assertThat(received.getFirst().getElement().getTextRecursively()).startsWith("1").contains("Ben " + tag)
                .contains("2 kudos · 10 points");
        assertThat($(Anchor.class, received.getFirst()).first().getHref()).isEqualTo("people/" + ben.getId());
        assertThat(received.get(1).getElement().getTextRecursively()).contains("Ana " + tag).contains("1 kudos · 2 points");
        assertThat($(ListItem.class, view.given).all().getFirst().getElement().getTextRecursively()).contains("Ana " + tag);
        assertThat(view.optedOut.isVisible()).isFalse();
        assertThat(view.receivedEmpty.isVisible()).isFalse();

        view.month.setValue(last);
        assertThat($(ListItem.class, view.received).all()).hasSize(1);
        assertThat($(ListItem.class, view.received).first().getElement().getTextRecursively()).contains("Ana " + tag)
                .contains("1 kudos · 9 points");
        assertThat($(ListItem.class, view.given).first().getElement().getTextRecursively()).contains("Ben " + tag);
    }

    @Test
    void a_burst_of_recognition_re_reads_the_open_boards_once_when_the_wait_is_over() {
        String tag = Fixtures.unique("live");
        var dept = fixtures.department("board-live");
        Person ana = in(dept.getId(), "Ana " + tag);
        Person ben = in(dept.getId(), "Ben " + tag);
        Month current = calendar.currentMonth();
        kudos(ana, ben, 5, current.start());
        fixtures.signIn(ana);
        LeaderboardView view = navigate(LeaderboardView.class);
        test(view.department).selectItem(dept.getName());
        assertThat($(ListItem.class, view.received).all()).hasSize(1);

        // three kudos arrive, each announced as the broadcaster would: nothing moves yet
        kudos(ana, ben, 1, current.start().plusSeconds(1));
        kudos(ben, ana, 2, current.start().plusSeconds(2));
        kudos(ben, ana, 3, current.start().plusSeconds(3));
        for (int i = 0; i < 3; i++) {
            view.live.request();
        }
        view.live.runIfDue();
        assertThat($(ListItem.class, view.received).all()).hasSize(1);
        assertThat(view.live.pending()).isTrue();

        clock.advance(LeaderboardView.LIVE_PERIOD);
        view.live.runIfDue();
        List<ListItem> received = $(ListItem.class, view.received).all();
        assertThat(received).hasSize(2);
        assertThat(received.getFirst().getElement().getTextRecursively()).contains("Ben " + tag).contains("2 kudos · 6 points");
        assertThat(received.get(1).getElement().getTextRecursively()).contains("Ana " + tag).contains("2 kudos · 5 points");
        assertThat(view.live.pending()).isFalse();

        // the burst was read once: with nothing announced since, a later wake-up reads nothing
        kudos(ana, ben, 9, current.start().plusSeconds(4));
        clock.advance(LeaderboardView.LIVE_PERIOD);
        view.live.runIfDue();
        assertThat($(ListItem.class, view.received).first().getElement().getTextRecursively()).contains("Ben " + tag)
                .contains("2 kudos · 6 points");
    }

    @Test
    void a_person_opts_out_in_the_settings_dialog_and_is_told_so() {
        var dept = fixtures.department("optout-view");
        Person me = in(dept.getId(), "Me " + Fixtures.unique("me"));
        Person other = in(dept.getId(), "Other " + Fixtures.unique("o"));
        kudos(other, me, 1, calendar.currentMonth().start());
        fixtures.signIn(me);

        LeaderboardView view = navigate(LeaderboardView.class);
        test(view.department).selectItem(dept.getName());
        assertThat($(ListItem.class, view.received).all()).hasSize(1);

        test(view.preferences).click();
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(view.dialog.birthday.isEnabled()).isFalse();
        view.dialog.hidden.setValue(true);
        view.dialog.celebrate.setValue(true);
        assertThat(view.dialog.birthday.isEnabled()).isTrue();
        view.dialog.save.click();
        assertThat(view.dialog.isOpened()).as("a birthday is needed to celebrate one").isTrue();
        assertThat(view.dialog.birthday.isInvalid()).isTrue();
        assertThat(view.dialog.birthday.getErrorMessage()).isEqualTo("Enter your birthday to have it celebrated.");

        view.dialog.birthday.setValue(LocalDate.of(1988, 2, 29));
        view.dialog.save.click();
        assertThat(view.dialog.isOpened()).isFalse();
        assertThat(leaderboards.myPreferences()).isEqualTo(new RecognitionPreferences(true, true, MonthDay.of(2, 29)));
        assertThat(view.optedOut.isVisible()).isTrue();
        assertThat(view.optedOut.getText()).isEqualTo("You chose not to appear on leaderboards, so you are not counted here.");
        assertThat($(ListItem.class, view.received).all()).isEmpty();
        assertThat(view.receivedEmpty.isVisible()).isTrue();

        test(view.preferences).click();
        assertThat(view.dialog.hidden.getValue()).isTrue();
        assertThat(view.dialog.birthday.getValue()).isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @Test
    void months_are_named_in_the_readers_language_and_the_companys_calendar() {
        fixtures.signInAs();
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        LeaderboardView view = navigate(LeaderboardView.class);
        assertThat(view.getPageTitle()).isEqualTo("جدول قدردانی · " + view.getTranslation("app.name"));
        Locale fa = Locale.forLanguageTag("fa");
        assertThat(MonthLabels.label(calendar.month(CompanyCalendar.System.PERSIAN, 1405, 9), fa)).isEqualTo("آذر ۱۴۰۵");
        assertThat(MonthLabels.label(calendar.month(CompanyCalendar.System.GREGORIAN, 2026, 12), Locale.ENGLISH)).isEqualTo("December 2026");
        // a month of the other calendar also names the reader's months it spans, as the dates under it are the reader's
        assertThat(MonthLabels.label(calendar.month(CompanyCalendar.System.PERSIAN, 1405, 9), Locale.ENGLISH))
                .isEqualTo("Azar 1405 (Nov\u2009–\u2009Dec 2026)");
        assertThat(MonthLabels.label(calendar.month(CompanyCalendar.System.PERSIAN, 1405, 10), Locale.ENGLISH))
                .isEqualTo("Dey 1405 (Dec 2026\u2009–\u2009Jan 2027)");
        assertThat(MonthLabels.label(calendar.month(CompanyCalendar.System.GREGORIAN, 2026, 12), fa))
                .isEqualTo("دسامبر ۲۰۲۶ (آذر تا دی ۱۴۰۵)");
        assertThat(MonthLabels.label(calendar.month(CompanyCalendar.System.GREGORIAN, 2027, 3), fa))
                .isEqualTo("مارس ۲۰۲۷ (اسفند ۱۴۰۵ تا فروردین ۱۴۰۶)");
    }
}
