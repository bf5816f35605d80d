package app.bravo.pulse.internal;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.TestClock;
import app.bravo.pulse.PulseTestData;
import app.bravo.pulse.PulseTestData.Round;
import app.bravo.pulse.Recurrence;
import app.bravo.pulse.RoundStatus;
import app.bravo.shared.time.CompanyCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rounds open and close exactly once, by the company calendar (zone UTC in tests), with a
 * controlled clock: weekly, monthly and quarterly in Gregorian and Persian months, reruns,
 * downtime and two runs at once.
 */
@IntegrationTest
class RoundsJobTest {

    @Autowired RoundsJob job;
    @Autowired PulseTestData data;
    @Autowired CompanyCalendar calendar;
    @Autowired TestClock clock;

    private CompanyCalendar.System system;
    private DayOfWeek firstDay;

    @BeforeEach
    void keep() {
        system = calendar.system();
        firstDay = calendar.firstDayOfWeek();
    }

    @AfterEach
    void restore() {
        calendar.set(system, firstDay);
        clock.reset();
        Fixtures.signOut();
    }

    private void at(String instant) {
        clock.set(Instant.parse(instant));
    }

    @Test
    void a_weekly_round_starts_on_the_companys_first_day_of_the_week_and_closes_once() {
        calendar.set(CompanyCalendar.System.GREGORIAN, DayOfWeek.SATURDAY);
        at("2032-01-07T10:00:00Z"); // a Wednesday
        long survey = data.scheduled(Recurrence.WEEKLY, LocalDate.of(2032, 1, 7), null);

        job.openDue();
        job.openDue();

        List<Round> rounds = data.rounds(survey);
        assertThat(rounds).hasSize(1);
        // the week began on Saturday 3 January, but the survey only from the 7th; it ends before Saturday the 10th
        assertThat(rounds.getFirst().key()).isEqualTo("W2032-01-03");
        assertThat(rounds.getFirst().opensAt()).isEqualTo(Instant.parse("2032-01-07T00:00:00Z"));
        assertThat(rounds.getFirst().closesAt()).isEqualTo(Instant.parse("2032-01-10T00:00:00Z"));

        at("2032-01-10T00:01:00Z");
        job.closeOverdue();
        job.closeOverdue();
        job.openDue();

        rounds = data.rounds(survey);
        assertThat(rounds).extracting(Round::key).containsExactly("W2032-01-03", "W2032-01-10");
        assertThat(rounds).extracting(Round::status).containsExactly(RoundStatus.CLOSED, RoundStatus.OPEN);
        assertThat(rounds.get(1).closesAt()).isEqualTo(Instant.parse("2032-01-17T00:00:00Z"));
    }

    @Test
    void after_downtime_every_overdue_round_closes_and_only_the_current_period_opens() {
        calendar.set(CompanyCalendar.System.GREGORIAN, DayOfWeek.MONDAY);
        at("2032-02-02T09:00:00Z");
        long survey = data.scheduled(Recurrence.MONTHLY, LocalDate.of(2032, 2, 2), null);
        job.openDue();

        at("2032-05-14T12:00:00Z"); // down from February to the middle of May
        job.closeOverdue();
        job.openDue();

        List<Round> rounds = data.rounds(survey);
        assertThat(rounds).extracting(Round::key).containsExactly("G2032-02", "G2032-05");
        assertThat(rounds).extracting(Round::status).containsExactly(RoundStatus.CLOSED, RoundStatus.OPEN);
        assertThat(rounds.get(1).opensAt()).isEqualTo(Instant.parse("2032-05-01T00:00:00Z"));
        assertThat(rounds.get(1).closesAt()).isEqualTo(Instant.parse("2032-06-01T00:00:00Z"));
    }

    @Test
    void a_persian_month_round_runs_from_the_first_to_the_last_day_of_the_jalali_month() {
        calendar.set(CompanyCalendar.System.PERSIAN, DayOfWeek.SATURDAY);
        at("2032-03-10T09:00:00Z");
        long survey = data.scheduled(Recurrence.MONTHLY, LocalDate.of(2032, 3, 10), null);

        job.openDue();

        Round r = data.rounds(survey).getFirst();
        // Esfand 1410 begins on 20 February 2032 and Farvardin 1411 on 20 March 2032 (UTC zone)
        assertThat(r.key()).isEqualTo(calendar.monthOf(Instant.parse("2032-03-10T09:00:00Z")).key());
        assertThat(r.key()).startsWith("P1410-12");
        assertThat(r.closesAt()).isEqualTo(calendar.month(CompanyCalendar.System.PERSIAN, 1411, 1).start());
    }

    @Test
    void quarters_follow_the_company_calendar_gregorian_and_persian() {
        calendar.set(CompanyCalendar.System.GREGORIAN, DayOfWeek.MONDAY);
        at("2032-08-16T09:00:00Z");
        long gregorian = data.scheduled(Recurrence.QUARTERLY, LocalDate.of(2032, 8, 16), null);
        job.openDue();
        Round q = data.rounds(gregorian).getFirst();
        assertThat(q.key()).isEqualTo("GQ2032-3");
        assertThat(q.closesAt()).isEqualTo(Instant.parse("2032-10-01T00:00:00Z"));

        calendar.set(CompanyCalendar.System.PERSIAN, DayOfWeek.SATURDAY);
        long persian = data.scheduled(Recurrence.QUARTERLY, LocalDate.of(2032, 8, 16), null);
        job.openDue();
        Round p = data.rounds(persian).getFirst();
        // 16 August 2032 is in Mordad 1411, the second Persian quarter (Tir, Mordad, Shahrivar)
        assertThat(p.key()).isEqualTo("PQ1411-2");
        assertThat(p.closesAt()).isEqualTo(calendar.month(CompanyCalendar.System.PERSIAN, 1411, 7).start());
    }

    @Test
    void a_one_off_survey_has_one_round_and_ends_after_it() {
        at("2032-09-06T09:00:00Z");
        long survey = data.scheduled(Recurrence.NONE, LocalDate.of(2032, 9, 6), LocalDate.of(2032, 9, 13));
        job.openDue();
        clock.advance(Duration.ofDays(8));
        job.closeOverdue();
        job.openDue();

        assertThat(data.rounds(survey)).extracting(Round::key, Round::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ONCE", RoundStatus.CLOSED));
    }

    @Test
    void two_runs_at_once_open_one_round() throws Exception {
        calendar.set(CompanyCalendar.System.GREGORIAN, DayOfWeek.MONDAY);
        at("2032-10-04T09:00:00Z");
        long survey = data.scheduled(Recurrence.BIWEEKLY, LocalDate.of(2032, 10, 4), null);
        var barrier = new CyclicBarrier(2);
        var a = CompletableFuture.runAsync(() -> { await(barrier); job.openDue(); });
        var b = CompletableFuture.runAsync(() -> { await(barrier); job.openDue(); });
        CompletableFuture.allOf(a, b).get();

        List<Round> rounds = data.rounds(survey);
        assertThat(rounds).hasSize(1);
        assertThat(rounds.getFirst().key()).isEqualTo("B2032-10-04");
        assertThat(rounds.getFirst().closesAt()).isEqualTo(Instant.parse("2032-10-18T00:00:00Z"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
