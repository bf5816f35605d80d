package app.bravo.recognition.ui;

import app.bravo.shared.i18n.Language;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.CompanyCalendar.Month;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.FieldPosition;
import java.util.Locale;

/**
 * Names a month of the company calendar in the reader's language: a Persian month by its Persian
 * name ("آذر ۱۴۰۵", "Azar 1405"), a Gregorian one by its Gregorian name ("December 2026", "دسامبر ۲۰۲۶"),
 * with the reader's digits. Every date a reader sees is in their own calendar (Persian for Persian,
 * Gregorian for English, see {@code Dates}), so when the company counts in the other calendar the label
 * adds the reader's months that the company month spans ("دسامبر ۲۰۲۶ (آذر تا دی ۱۴۰۵)",
 * "Azar 1405 (Nov – Dec 2026)"): the name then agrees with the dates shown under it. ICU does the calendars.
 */
final class MonthLabels {

    private MonthLabels() {
    }

    static String label(Month month, Locale reader) {
        boolean persianReader = Language.of(reader) == Language.PERSIAN;
        boolean persianMonth = month.system() == CompanyCalendar.System.PERSIAN;
        ULocale company = locale(persianReader, persianMonth);
        Calendar first = Calendar.getInstance(TimeZone.GMT_ZONE, company);
        first.clear();
        first.set(month.year(), month.month() - 1, 1);
        // "MMMM y" rather than the skeleton yMMMM, which adds an era to Persian months in English ("AP")
        String name = format("MMMM y", company, first);
        if (persianReader == persianMonth) {
            return name;
        }
        Calendar last = (Calendar) first.clone();
        last.add(Calendar.MONTH, 1);
        last.add(Calendar.DAY_OF_MONTH, -1);
        ULocale own = locale(persianReader, persianReader);
        Calendar from = Calendar.getInstance(TimeZone.GMT_ZONE, own);
        from.setTime(first.getTime());
        Calendar to = Calendar.getInstance(TimeZone.GMT_ZONE, own);
        to.setTime(last.getTime());
        String span;
        if (from.get(Calendar.YEAR) == to.get(Calendar.YEAR)) {
            // ICU's Persian interval of year and month is wrong in fa ("آذر تا آذر ۱۴۰۵"); months alone are right
            var months = DateIntervalFormat.getInstance(persianReader ? "MMMM" : "MMM", own);
            months.setTimeZone(TimeZone.GMT_ZONE);
            span = months.format(from, to, new StringBuffer(), new FieldPosition(0)) + " "
                    + format("y", own, from);
        } else {
            String pattern = persianReader ? "MMMM y" : "MMM y";
            span = format(pattern, own, from) + (persianReader ? " تا " : "\u2009\u2013\u2009") + format(pattern, own, to);
        }
        return name + " (" + span + ")";
    }

    private static ULocale locale(boolean persianReader, boolean persianCalendar) {
        return new ULocale((persianReader ? "fa_IR" : "en_GB") + "@calendar=" + (persianCalendar ? "persian" : "gregorian")
                + (persianReader ? ";numbers=arabext" : ""));
    }

    private static String format(String pattern, ULocale locale, Calendar at) {
        var f = new SimpleDateFormat(pattern, locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        f.setCalendar((Calendar) at.clone());
        return f.format(at.getTime());
    }
}
