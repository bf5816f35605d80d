package app.bravo.recognition.ui;

import app.bravo.shared.i18n.Language;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.CompanyCalendar.Month;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Names a month of the company calendar in the reader's language: a Persian month by its Persian
 * name ("آذر ۱۴۰۵", "Azar 1405"), a Gregorian one by its Gregorian name ("December 2026", "دسامبر ۲۰۲۶"),
 * with the reader's digits. ICU does the calendars.
 */
final class MonthLabels {

    private MonthLabels() {
    }

    static String label(Month month, Locale reader) {
        boolean persianReader = Language.of(reader) == Language.PERSIAN;
        String calendar = month.system() == CompanyCalendar.System.PERSIAN ? "persian" : "gregorian";
        ULocale locale = new ULocale((persianReader ? "fa_IR" : "en_GB") + "@calendar=" + calendar
                + (persianReader ? ";numbers=arabext" : ""));
        Calendar c = Calendar.getInstance(TimeZone.GMT_ZONE, locale);
        c.clear();
        c.set(month.year(), month.month() - 1, 15);
        // "MMMM y" rather than the skeleton yMMMM, which adds an era to Persian months in English ("AP")
        var f = new SimpleDateFormat("MMMM y", locale);
        f.setCalendar(c);
        return f.format(c.getTime());
    }
}
