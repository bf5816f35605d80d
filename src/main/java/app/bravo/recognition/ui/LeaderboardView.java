package app.bravo.recognition.ui;

import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.ui.PersonCell;
import app.bravo.recognition.LeaderboardEntry;
import app.bravo.recognition.LeaderboardService;
import app.bravo.recognition.KudosPublished;
import app.bravo.recognition.Leaderboards;
import app.bravo.security.Roles;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.live.LiveThrottle;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.time.CompanyCalendar.Month;
import app.bravo.shared.time.Dates;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.security.core.AuthenticationException;

/**
 * The leaderboard: for a month of the company calendar (the current one, or one before it) and
 * the whole company or a department with its sub-departments, who received and who gave the most
 * public recognition. People who opted out are not listed; a reader who did is told so, and reaches
 * their own settings (opt out, birthday) from here. The boards follow new recognition live, re-read
 * at most once every {@link #LIVE_PERIOD} however many kudos arrive.
 */
@Route("kudos/leaderboard")
@Menu(title = "nav.kudos-leaderboard", icon = "vaadin:trophy", order = 21)
@RolesAllowed(Roles.EMPLOYEE)
@StyleSheet("styles/leaderboards.css")
public class LeaderboardView extends Main implements HasDynamicTitle {

    static final int SHOWN = 10;
    /** New kudos, add-ons, approved big wins and deletions re-read the boards at most this often. */
    static final Duration LIVE_PERIOD = Duration.ofSeconds(3);

    final Select<Month> month = new Select<>();
    final Paragraph span = new Paragraph();
    final ComboBox<DepartmentNode> department = new ComboBox<>();
    final OrderedList received = new OrderedList();
    final OrderedList given = new OrderedList();
    final Paragraph receivedEmpty = new Paragraph();
    final Paragraph givenEmpty = new Paragraph();
    final Paragraph optedOut = new Paragraph();
    final Button preferences = new Button();
    final PreferencesDialog dialog;
    final LiveThrottle live;

    private final transient LeaderboardService leaderboards;
    private final transient CompanyCalendar calendar;

    LeaderboardView(LeaderboardService leaderboards, PeopleService people, CompanyCalendar calendar, Broadcaster broadcaster,
                    Clock clock, TaskScheduler scheduler) {
        this.leaderboards = leaderboards;
        this.calendar = calendar;
        this.dialog = new PreferencesDialog(leaderboards, this::refresh);
        addClassNames("view", "leaderboard-view");

        var intro = new Paragraph(getTranslation("leaderboards.intro"));
        intro.addClassName("leaderboard-intro");

        List<Month> months = leaderboards.months();
        month.setLabel(getTranslation("leaderboards.month"));
        month.setItems(months);
        month.setItemLabelGenerator(m -> MonthLabels.label(m, getLocale()));
        month.setValue(months.getFirst());
        month.addValueChangeListener(e -> refresh());
        span.addClassName("leaderboard-span");

        department.setLabel(getTranslation("leaderboards.department"));
        department.setPlaceholder(getTranslation("leaderboards.department.all"));
        department.setItems(people.departments());
        department.setItemLabelGenerator(DepartmentNode::name);
        department.setClearButtonVisible(true);
        department.addValueChangeListener(e -> refresh());
        var filters = new Div(month, department);
        filters.addClassName("leaderboard-filters");

        optedOut.setText(getTranslation("leaderboards.opted-out"));
        optedOut.addClassName("leaderboard-opted-out");
        preferences.setText(getTranslation("leaderboards.preferences"));
        preferences.setIcon(VaadinIcon.COG.create());
        preferences.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        preferences.addClickListener(e -> dialog.open());
        var mine = new Div(optedOut, preferences);
        mine.addClassName("leaderboard-mine");

        receivedEmpty.setText(getTranslation("leaderboards.received.empty"));
        givenEmpty.setText(getTranslation("leaderboards.given.empty"));
        var boards = new Div(board("leaderboards.received", received, receivedEmpty),
                board("leaderboards.given", given, givenEmpty));
        boards.addClassName("leaderboard-boards");

        add(new H2(getTranslation("leaderboards.title")), intro, filters, span, mine, boards, dialog);
        refresh();
        live = new LiveThrottle(this, LIVE_PERIOD, clock, scheduler, () -> {
            try {
                refresh();
            } catch (AuthenticationException signedOut) {
                // the reader's sign-in ended while the page stayed open: nothing to show them
            }
        });
        broadcaster.subscribeWhileAttached(this, KudosPublished.class, e -> live.request());
    }

    private Section board(String titleKey, OrderedList list, Paragraph empty) {
        list.addClassName("leaderboard-list");
        empty.addClassName("leaderboard-empty");
        var section = new Section(new H3(getTranslation(titleKey)), list, empty);
        section.addClassNames("card", "leaderboard-board");
        return section;
    }

    void refresh() {
        Month m = month.getValue() == null ? calendar.currentMonth() : month.getValue();
        span.setText(getTranslation("leaderboards.month.span",
                Dates.date(LocalDate.ofInstant(m.start(), calendar.zone()), getLocale()),
                Dates.date(LocalDate.ofInstant(m.end(), calendar.zone()).minusDays(1), getLocale())));
        Leaderboards board = leaderboards.leaderboards(m, department.getValue() == null ? null : department.getValue().id(), SHOWN);
        fill(received, receivedEmpty, board.received());
        fill(given, givenEmpty, board.given());
        optedOut.setVisible(board.youOptedOut());
    }

    private void fill(OrderedList list, Paragraph empty, List<LeaderboardEntry> entries) {
        list.removeAll();
        for (LeaderboardEntry e : entries) {
            var rank = new Span(Numbers.format(e.rank(), getLocale()));
            rank.addClassName("leaderboard-rank");
            rank.getElement().setAttribute("aria-label", getTranslation("leaderboards.rank", Numbers.format(e.rank(), getLocale())));
            var item = new ListItem(rank, PersonCell.linked(e.person(), getTranslation("leaderboards.figures",
                    Numbers.format(e.kudos(), getLocale()), Numbers.format(e.points(), getLocale()))));
            item.addClassName("leaderboard-entry");
            if (e.rank() <= 3) {
                item.addClassName("leaderboard-top-" + e.rank());
            }
            list.add(item);
        }
        list.setVisible(!entries.isEmpty());
        empty.setVisible(entries.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.kudos-leaderboard"));
    }
}
