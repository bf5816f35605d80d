package app.bravo.shared;

import app.bravo.shared.time.Dates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatesTest {

    @Test
    void persian_readers_see_the_jalali_calendar_in_persian_digits() {
        String shown = Dates.date(LocalDate.of(2026, 11, 23), Locale.forLanguageTag("fa"));
        assertThat(shown).contains("آذر").contains("۱۴۰۵").contains("۲").doesNotContain("2026");
    }

    @Test
    void english_readers_see_the_gregorian_calendar() {
        assertThat(Dates.date(LocalDate.of(2026, 11, 23), Locale.ENGLISH)).isEqualTo("23 Nov 2026");
    }

    private static final Locale FA = Locale.forLanguageTag("fa");

    @Test
    void persian_dates_are_read_in_persian_or_latin_digits_as_jalali_days() {
        LocalDate nowruz = LocalDate.of(2026, 3, 21);
        assertThat(Dates.parse("۱۴۰۵/۰۱/۰۱", FA)).contains(nowruz);
        assertThat(Dates.parse("1405/1/1", FA)).contains(nowruz);
        assertThat(Dates.parse("١٤٠٥-٠١-٠١", FA)).contains(nowruz);
        assertThat(Dates.parse("۱/۱/۱۴۰۵", FA)).contains(nowruz);
        assertThat(Dates.parse(" ۱۴۰۵ / ۰۱ / ۰۱ ", FA)).contains(nowruz);
        // a Gregorian year typed in a Persian field is taken as Gregorian
        assertThat(Dates.parse("2026-03-21", FA)).contains(nowruz);
        assertThat(Dates.parse("۱۴۰۴/۱۲/۲۹", FA)).contains(LocalDate.of(2026, 3, 20));
    }

    @Test
    void what_the_field_writes_is_read_back_the_same_in_both_languages() {
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 3, 21), LocalDate.of(2026, 12, 1), LocalDate.of(1999, 2, 28)}) {
            assertThat(Dates.parse(Dates.date(day, FA), FA)).as(Dates.date(day, FA)).contains(day);
            assertThat(Dates.parse(Dates.date(day, Locale.ENGLISH), Locale.ENGLISH)).as(Dates.date(day, Locale.ENGLISH)).contains(day);
        }
        assertThat(Dates.date(LocalDate.of(2026, 3, 21), FA)).isEqualTo("۱ فروردین ۱۴۰۵");
        assertThat(Dates.parse("1 فروردین 1405", FA)).contains(LocalDate.of(2026, 3, 21));
        // Arabic yeh and kaf typed on an Arabic keyboard are the Persian letters
        assertThat(Dates.parse("۲۰ دي ۱۴۰۵", FA)).contains(LocalDate.of(2027, 1, 10));
    }

    @Test
    void english_dates_are_read_day_first_or_year_first_and_by_month_name() {
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertThat(Dates.date(day, Locale.ENGLISH)).isEqualTo("1 Dec 2026");
        assertThat(Dates.parse("1 Dec 2026", Locale.ENGLISH)).contains(day);
        assertThat(Dates.parse("1 December 2026", Locale.ENGLISH)).contains(day);
        assertThat(Dates.parse("Dec 1, 2026", Locale.ENGLISH)).contains(day);
        assertThat(Dates.parse("2026-12-01", Locale.ENGLISH)).contains(day);
        assertThat(Dates.parse("1/12/2026", Locale.ENGLISH)).contains(day);
        assertThat(Dates.parse("۲۰۲۶/۱۲/۰۱", Locale.ENGLISH)).contains(day);
    }

    @Test
    void text_that_is_no_real_day_is_refused() {
        assertThat(Dates.parse("", Locale.ENGLISH)).isEmpty();
        assertThat(Dates.parse("tomorrow", Locale.ENGLISH)).isEmpty();
        assertThat(Dates.parse("31/2/2026", Locale.ENGLISH)).isEmpty();
        assertThat(Dates.parse("2026-13-01", Locale.ENGLISH)).isEmpty();
        assertThat(Dates.parse("1 Dec 2026 and more", Locale.ENGLISH)).isEmpty();
        // Esfand 1404 has 29 days, Esfand 1403 has 30
        assertThat(Dates.parse("۱۴۰۴/۱۲/۳۰", FA)).isEmpty();
        assertThat(Dates.parse("1403/12/30", FA)).contains(LocalDate.of(2025, 3, 20));
        assertThat(Dates.parse("۱۴۰۵/۰۷/۳۱", FA)).isEmpty();
        assertThat(Dates.parse("12/1", FA)).isEmpty();
    }

    @Test
    void instants_are_shown_in_the_readers_time_zone() {
        Instant noonUtc = Instant.parse("2026-03-20T12:00:00Z");
        assertThat(Dates.dateTime(noonUtc, Locale.ENGLISH, ZoneId.of("Asia/Tehran"))).contains("15:30");
        assertThat(Dates.dateTime(noonUtc, Locale.forLanguageTag("fa"), ZoneId.of("Asia/Tehran"))).contains("۱۵:۳۰").contains("۱۴۰۴");
    }
}
