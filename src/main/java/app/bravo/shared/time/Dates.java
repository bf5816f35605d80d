package app.bravo.shared.time;

import app.bravo.shared.i18n.Language;
import app.bravo.shared.i18n.Numbers;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows dates as a reader expects them: Gregorian for English, the Persian (Jalali) calendar with
 * Persian digits for Persian. ICU4J does the calendar arithmetic; instants are stored in UTC and
 * shown in the reader's zone. {@link #date} is the one way a day is written in Bravo, in lists and in
 * date fields alike; {@link #parse} reads it back, and the short numeric forms people type.
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

    /**
     * Reads a date as a person of that language types it, in Persian or Latin digits: the form
     * {@link #date} writes ("1 Dec 2026", "۱ آذر ۱۴۰۵"), its long form, or numbers year first
     * ("1405/01/01", "2026-12-01") or day first ("1/12/2026", "۱/۱/۱۴۰۵"). Persian numbers are Jalali
     * unless the year is a Gregorian one (1700 or later); English numbers are Gregorian.
     *
     * @return the day, or empty when the text is no real date
     */
    public static Optional<LocalDate> parse(String text, Locale locale) {
        String plain = Numbers.latinDigits(text)
                .replaceAll("[\\u200c\\u200e\\u200f\\u061c]", " ")
                .replace('\u064a', '\u06cc').replace('\u0643', '\u06a9')
                .replace('\u060c', ',')
                .strip().replaceAll("\\s+", " ");
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        boolean persian = Language.of(locale) == Language.PERSIAN;
        Matcher numeric = NUMERIC.matcher(plain);
        if (numeric.matches()) {
            int a = Integer.parseInt(numeric.group(1));
            int b = Integer.parseInt(numeric.group(2));
            int c = Integer.parseInt(numeric.group(3));
            boolean yearFirst = numeric.group(1).length() > 2;
            int year = yearFirst ? a : c;
            int day = yearFirst ? c : a;
            return ofFields(persian && year < 1700 ? JALALI : GREGORIAN, year, b, day);
        }
        for (ULocale l : persian ? PERSIAN_TEXT : ENGLISH_TEXT) {
            for (int style : new int[] {DateFormat.MEDIUM, DateFormat.LONG, DateFormat.FULL}) {
                DateFormat f = DateFormat.getDateInstance(style, l);
                f.setTimeZone(TimeZone.GMT_ZONE);
                f.setLenient(false);
                ParsePosition at = new ParsePosition(0);
                Date d = f.parse(plain, at);
                if (d != null && at.getIndex() == plain.length()) {
                    return Optional.of(d.toInstant().atZone(ZoneOffset.UTC).toLocalDate());
                }
            }
        }
        return Optional.empty();
    }

    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4}) ?[/.\\-] ?(\\d{1,2}) ?[/.\\-] ?(\\d{1,4})");
    private static final ULocale JALALI = new ULocale("fa_IR@calendar=persian");
    private static final ULocale GREGORIAN = new ULocale("en_GB");
    private static final List<ULocale> PERSIAN_TEXT = List.of(
            new ULocale("fa_IR@calendar=persian;numbers=latn"), new ULocale("fa_IR@calendar=persian"));
    private static final List<ULocale> ENGLISH_TEXT = List.of(new ULocale("en_GB"), new ULocale("en_US"));

    private static Optional<LocalDate> ofFields(ULocale calendarLocale, int year, int month, int day) {
        if (year < 1000 || year > 9999) {
            return Optional.empty();
        }
        Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, calendarLocale);
        c.clear();
        c.setLenient(false);
        c.set(year, month - 1, day);
        try {
            return Optional.of(c.getTime().toInstant().atZone(ZoneOffset.UTC).toLocalDate());
        } catch (IllegalArgumentException notADay) {
            return Optional.empty();
        }
    }

    private static ULocale uLocale(Locale locale) {
        return Language.of(locale) == Language.PERSIAN
                ? new ULocale("fa_IR@calendar=persian;numbers=arabext")
                : new ULocale("en_GB");
    }
}
