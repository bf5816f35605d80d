package app.bravo.admin.ui;

import app.bravo.admin.CalendarPreview;
import app.bravo.admin.CalendarSetting;
import app.bravo.admin.CompanyCalendarService;
import app.bravo.security.Roles;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.PageTitles;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The company calendar: HR or an administrator chooses Gregorian or Persian (Jalali) months and the
 * first day of the week, and sees today's month and week as the company would count them before
 * saving. The time zone is shown but not changed here: it comes from BRAVO_COMPANY_ZONE.
 */
@Route("admin/calendar")
@Menu(title = "nav.admin.calendar", icon = "vaadin:calendar", order = 84)
@RolesAllowed({Roles.HR, Roles.ADMIN})
@StyleSheet("assets/admin.css")
@StyleSheet("assets/calendar.css")
public class CompanyCalendarView extends Main implements HasDynamicTitle {

    private static final int NOTIFICATION_MS = 4000;

    final RadioButtonGroup<CompanyCalendar.System> months = new RadioButtonGroup<>();
    final Select<DayOfWeek> firstDay = new Select<>();
    final TextField zone = new TextField();
    final Span previewMonth = new Span();
    final Span previewMonthDays = new Span();
    final Span previewWeekDays = new Span();
    final Paragraph unsaved = new Paragraph();
    final Button save = new Button();

    private final transient CompanyCalendarService calendar;
    private CalendarSetting saved;

    CompanyCalendarView(CompanyCalendarService calendar) {
        this.calendar = calendar;
        this.saved = calendar.current();
        addClassNames("view", "admin-view", "calendar-view");

        var intro = new Paragraph(getTranslation("calendar.intro"));
        intro.addClassName("secondary");

        months.setLabel(getTranslation("calendar.months"));
        months.setHelperText(getTranslation("calendar.months.helper"));
        months.setItems(CompanyCalendar.System.values());
        months.setItemLabelGenerator(s -> getTranslation("calendar.system." + s.name()));
        months.setValue(saved.system());
        months.addValueChangeListener(e -> showPreview());

        firstDay.setLabel(getTranslation("calendar.first-day"));
        firstDay.setHelperText(getTranslation("calendar.first-day.helper"));
        firstDay.setItems(days());
        firstDay.setItemLabelGenerator(d -> getTranslation("calendar.day." + d.name()));
        firstDay.setValue(saved.firstDayOfWeek());
        firstDay.addValueChangeListener(e -> showPreview());

        zone.setLabel(getTranslation("calendar.zone"));
        zone.setHelperText(getTranslation("calendar.zone.helper"));
        zone.setValue(saved.zone().getId());
        zone.setReadOnly(true);
        // a zone id is Latin text (Asia/Tehran) and reads left to right on a Persian page too
        zone.getElement().setAttribute("dir", "ltr");

        save.setText(getTranslation("calendar.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());

        var settings = new Div(months, firstDay, zone, save);
        settings.addClassName("calendar-settings");

        var monthRow = row(previewMonth, previewMonthDays);
        var weekRow = row(new Span(getTranslation("calendar.preview.week")), previewWeekDays);
        unsaved.setText(getTranslation("calendar.preview.unsaved"));
        unsaved.addClassName("secondary");
        var preview = new Section(new H2(getTranslation("calendar.preview.title")), monthRow, weekRow, unsaved);
        preview.addClassNames("card", "calendar-preview");
        preview.getElement().setAttribute("aria-live", "polite");

        add(intro, settings, preview);
        showPreview();
    }

    /** The days as the reader's week runs: from Saturday in Persian, from Monday in English. */
    private List<DayOfWeek> days() {
        DayOfWeek from = Language.of(getLocale()) == Language.PERSIAN ? DayOfWeek.SATURDAY : DayOfWeek.MONDAY;
        return IntStream.range(0, 7).mapToObj(from::plus).toList();
    }

    private static Div row(Span what, Span days) {
        what.addClassName("calendar-preview-what");
        days.addClassName("calendar-preview-days");
        var row = new Div(what, days);
        row.addClassName("calendar-preview-row");
        return row;
    }

    private void showPreview() {
        CompanyCalendar.System system = months.getValue() == null ? saved.system() : months.getValue();
        DayOfWeek day = firstDay.getValue() == null ? saved.firstDayOfWeek() : firstDay.getValue();
        CalendarPreview p = calendar.preview(system, day);
        previewMonth.setText(getTranslation("calendar.preview.month", monthName(p)));
        previewMonthDays.setText(span(p.monthFirstDay(), p.monthLastDay()));
        previewWeekDays.setText(span(p.weekFirstDay(), p.weekLastDay()));
        unsaved.setVisible(system != saved.system() || day != saved.firstDayOfWeek());
    }

    private String span(LocalDate first, LocalDate last) {
        return getTranslation("calendar.preview.span", Dates.date(first, getLocale()), Dates.date(last, getLocale()));
    }

    /** The month's name and year in its own calendar, in the reader's language: "Azar 1405", "دسامبر ۲۰۲۶". */
    private String monthName(CalendarPreview p) {
        boolean persianReader = Language.of(getLocale()) == Language.PERSIAN;
        String calendarKeyword = p.system() == CompanyCalendar.System.PERSIAN ? "persian" : "gregorian";
        ULocale locale = new ULocale((persianReader ? "fa_IR" : "en_GB") + "@calendar=" + calendarKeyword
                + (persianReader ? ";numbers=arabext" : ""));
        DateFormat f = DateFormat.getInstanceForSkeleton("yMMMM", locale);
        f.setTimeZone(TimeZone.GMT_ZONE);
        // the middle of the month's first day, so that no zone offset moves it into the month before
        return f.format(Date.from(p.monthFirstDay().atTime(12, 0).toInstant(ZoneOffset.UTC)));
    }

    private void save() {
        CompanyCalendar.System system = months.getValue();
        DayOfWeek day = firstDay.getValue();
        if (system == null || day == null) {
            return;
        }
        boolean changed = system != saved.system() || day != saved.firstDayOfWeek();
        calendar.update(system, day);
        saved = calendar.current();
        showPreview();
        var n = Notification.show(getTranslation(changed ? "calendar.saved" : "calendar.unchanged"),
                NOTIFICATION_MS, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin.calendar"));
    }
}
