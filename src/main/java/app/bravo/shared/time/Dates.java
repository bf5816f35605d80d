package app.bravo.shared.time;

import app.bravo.shared.i18n.Language;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

/**
 * Shows dates as a reader expects them: Gregorian for English, the Persian (Jalali) calendar with
 * Persian digits for Persian. ICU4J does the calendar arithmetic; instants are stored in UTC and
 * shown in the reader's zone.
 */
public final class Dates {

    private Dates() {
    }

    public static String date(LocalDate date, Locale locale) {
        DateFormat f = DateFormat.getDateInstance(DateFormat.MEDIUM, uLocale(locale));
        f.setTimeZone(TimeZone.GMT_ZONE);
        return f.format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    public static String dateTime(Instant instant, Locale locale, ZoneId zone) {
        DateFormat f = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, uLocale(locale));
        f.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return f.format(Date.from(instant));
    }

    private static ULocale uLocale(Locale locale) {
        return Language.of(locale) == Language.PERSIAN
                ? new ULocale("fa_IR@calendar=persian;numbers=arabext")
                : new ULocale("en_GB");
    }
}
