package app.bravo.shared.time;

import app.bravo.IntegrationTest;
import app.bravo.shared.time.CompanyCalendar.Month;
import app.bravo.shared.time.CompanyCalendar.Span;
import app.bravo.shared.time.CompanyCalendar.System;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company calendar's months and weeks, with explicit instants: Persian and Gregorian month
 * bounds at midnight in a zone with an offset, Esfand of a leap and of a common year, and weeks from
 * the company's first day. Weeks read the setting from the database, so those tests set it and put
 * the one that was there back.
 */
@IntegrationTest
class CompanyCalendarTest {

    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Autowired JdbcClient jdbc;
    @Autowired CompanyCalendar shared;

    private System keptSystem;
    private DayOfWeek keptDay;

    @BeforeEach
    void keepTheSetting() {
        keptSystem = shared.system();
        keptDay = shared.firstDayOfWeek();
    }

    @AfterEach
    void restoreTheSetting() {
        shared.set(keptSystem, keptDay);
    }

    private CompanyCalendar in(ZoneId zone) {
        return new CompanyCalendar(jdbc, Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC), zone);
    }

    @Test
    void the_persian_month_azar_1405_starts_at_local_midnight_of_22_november_2026_in_tehran() {
        CompanyCalendar calendar = in(TEHRAN);
        Month azar = calendar.month(System.PERSIAN, 1405, 9);

        assertThat(azar.key()).isEqualTo("P1405-09");
        // Tehran is at +03:30 all year: local midnight is 20:30 UTC the evening before
        assertThat(azar.start()).isEqualTo(Instant.parse("2026-11-21T20:30:00Z"));
        assertThat(azar.end()).isEqualTo(Instant.parse("2026-12-21T20:30:00Z"));
        assertThat(calendar.monthOf(Instant.parse("2026-11-21T20:30:00Z"), System.PERSIAN)).isEqualTo(azar);
        assertThat(calendar.monthOf(Instant.parse("2026-11-21T20:29:59Z"), System.PERSIAN).key()).isEqualTo("P1405-08");
        assertThat(calendar.monthOf(Instant.parse("2026-12-21T20:29:59Z"), System.PERSIAN).key()).isEqualTo("P1405-09");
        assertThat(calendar.monthOf(Instant.parse("2026-12-21T20:30:00Z"), System.PERSIAN).key()).isEqualTo("P1405-10");
        assertThat(calendar.month("P1405-09")).isEqualTo(azar);
    }

    @Test
    void gregorian_months_begin_at_local_midnight_in_a_zone_with_an_offset_across_a_clock_change() {
        CompanyCalendar calendar = in(NEW_YORK);
        Month march = calendar.month(System.GREGORIAN, 2026, 3);

        assertThat(march.key()).isEqualTo("G2026-03");
        assertThat(march.start()).isEqualTo(Instant.parse("2026-03-01T05:00:00Z")); // -05:00 in winter
        assertThat(march.end()).isEqualTo(Instant.parse("2026-04-01T04:00:00Z"));   // -04:00 after 8 March
        assertThat(calendar.monthOf(Instant.parse("2026-03-01T04:59:59Z"), System.GREGORIAN).key()).isEqualTo("G2026-02");
        assertThat(calendar.monthOf(Instant.parse("2026-03-01T05:00:00Z"), System.GREGORIAN)).isEqualTo(march);
        assertThat(march.contains(Instant.parse("2026-04-01T03:59:59Z"))).isTrue();
        assertThat(march.contains(Instant.parse("2026-04-01T04:00:00Z"))).isFalse();

        Month december = in(TEHRAN).month(System.GREGORIAN, 2026, 12);
        assertThat(december.start()).isEqualTo(Instant.parse("2026-11-30T20:30:00Z"));
        assertThat(december.end()).isEqualTo(Instant.parse("2026-12-31T20:30:00Z"));
    }

    @Test
    void esfand_has_thirty_days_in_a_leap_year_and_twenty_nine_in_a_common_one() {
        CompanyCalendar calendar = in(TEHRAN);
        Month leap = calendar.month(System.PERSIAN, 1403, 12);
        Month common = calendar.month(System.PERSIAN, 1404, 12);

        assertThat(LocalDate.ofInstant(leap.start(), TEHRAN)).isEqualTo(LocalDate.of(2025, 2, 19));
        assertThat(LocalDate.ofInstant(leap.end(), TEHRAN)).isEqualTo(LocalDate.of(2025, 3, 21)); // 1 Farvardin 1404
        assertThat(LocalDate.ofInstant(common.start(), TEHRAN)).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(LocalDate.ofInstant(common.end(), TEHRAN)).isEqualTo(LocalDate.of(2026, 3, 21)); // 1 Farvardin 1405
        assertThat(days(leap)).isEqualTo(30);
        assertThat(days(common)).isEqualTo(29);
        assertThat(calendar.next(common).key()).isEqualTo("P1405-01");
        assertThat(calendar.previous(calendar.month("P1405-01"))).isEqualTo(common);
    }

    @Test
    void a_week_starting_on_saturday_runs_from_saturday_to_friday_at_local_midnights() {
        shared.set(System.PERSIAN, DayOfWeek.SATURDAY);
        CompanyCalendar calendar = in(TEHRAN);

        Span week = calendar.weekOf(Instant.parse("2026-12-02T10:00:00Z")); // a Wednesday
        assertThat(week.firstDay()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(week.lastDay()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-27T20:30:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-12-04T20:30:00Z"));
        // the first instant of Saturday belongs to its own week, the last of Friday to the week before
        assertThat(calendar.weekOf(Instant.parse("2026-11-27T20:30:00Z")).firstDay()).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(calendar.weekOf(Instant.parse("2026-11-27T20:29:59Z")).firstDay()).isEqualTo(LocalDate.of(2026, 11, 21));
    }

    @Test
    void a_week_starting_on_monday_runs_from_monday_to_sunday() {
        shared.set(System.GREGORIAN, DayOfWeek.MONDAY);
        CompanyCalendar calendar = in(TEHRAN);

        Span week = calendar.weekOf(Instant.parse("2026-12-02T10:00:00Z"));
        assertThat(week.firstDay()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(week.lastDay()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-29T20:30:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-12-06T20:30:00Z"));
        // Sunday evening in UTC is already Monday in Tehran
        assertThat(calendar.weekOf(Instant.parse("2026-11-29T21:00:00Z")).firstDay()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void the_month_of_an_instant_follows_the_saved_calendar_system() {
        CompanyCalendar calendar = in(TEHRAN);
        Instant now = Instant.parse("2026-12-02T10:00:00Z");

        shared.set(System.PERSIAN, DayOfWeek.SATURDAY);
        assertThat(calendar.monthOf(now).key()).isEqualTo("P1405-09");
        assertThat(calendar.currentMonth().key()).isEqualTo("P1405-09");

        shared.set(System.GREGORIAN, DayOfWeek.SATURDAY);
        assertThat(calendar.monthOf(now).key()).isEqualTo("G2026-12");
    }

    private static long days(Month m) {
        return java.time.Duration.between(m.start(), m.end()).toDays();
    }
}
