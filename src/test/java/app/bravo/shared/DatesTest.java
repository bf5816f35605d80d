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

    @Test
    void instants_are_shown_in_the_readers_time_zone() {
        Instant noonUtc = Instant.parse("2026-03-20T12:00:00Z");
        assertThat(Dates.dateTime(noonUtc, Locale.ENGLISH, ZoneId.of("Asia/Tehran"))).contains("15:30");
        assertThat(Dates.dateTime(noonUtc, Locale.forLanguageTag("fa"), ZoneId.of("Asia/Tehran"))).contains("۱۵:۳۰").contains("۱۴۰۴");
    }
}
