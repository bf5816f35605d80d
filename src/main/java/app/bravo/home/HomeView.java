package app.bravo.home;

import app.bravo.shared.ui.PageTitles;
import app.bravo.people.Anniversary;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonSummary;
import app.bravo.people.ValueView;
import app.bravo.people.ui.PersonCell;
import app.bravo.security.CurrentUser;
import app.bravo.security.Roles;
import app.bravo.shared.time.Dates;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import app.bravo.shared.ui.HomeCard;

/**
 * The home page: a greeting, the cards other features add (see {@link HomeCard}), the company
 * values, who joined lately and whose work anniversary falls this month.
 */
@Route("")
@Menu(title = "nav.home", icon = "vaadin:home", order = 0)
@RolesAllowed(Roles.EMPLOYEE)
public class HomeView extends Main implements HasDynamicTitle {

    final H2 greeting = new H2();
    final Section values = section("home.values");
    final Section joiners = section("home.new-joiners");
    final Section anniversaries = section("home.anniversaries");

    final Div cards = new Div();

    HomeView(PeopleService people, CurrentUser currentUser, List<HomeCard> featureCards) {
        addClassNames("view", "home-view");
        greeting.setText(getTranslation("home.greeting", currentUser.require().displayName()));
        var intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("secondary");

        List<ValueView> vs = people.values();
        var valueList = new Div();
        valueList.addClassName("value-list");
        vs.forEach(v -> {
            var card = new Div(new H3(v.name(getLocale())), new Paragraph(v.description(getLocale())));
            card.addClassName("value-card");
            valueList.add(card);
        });
        values.add(vs.isEmpty() ? empty("home.values.empty") : valueList);

        List<PersonSummary> newcomers = people.newJoiners(90, 8);
        joiners.add(newcomers.isEmpty() ? empty("home.new-joiners.empty") : peopleList(newcomers));

        List<Anniversary> dates = people.anniversariesThisMonth(8);
        anniversaries.add(dates.isEmpty() ? empty("home.anniversaries.empty") : anniversaryList(dates));

        var grid = new Div(joiners, anniversaries);
        grid.addClassName("home-grid");
        cards.addClassName("home-cards");
        featureCards.stream().sorted(Comparator.comparingInt(HomeCard::order))
                .forEach(card -> card.create().ifPresent(cards::add));
        add(greeting, intro, cards, values, grid);
    }

    private static Div peopleList(List<PersonSummary> list) {
        var div = new Div();
        div.addClassName("people-list");
        list.forEach(p -> div.add(person(p, p.jobTitle())));
        return div;
    }

    private Div anniversaryList(List<Anniversary> list) {
        var div = new Div();
        div.addClassName("people-list");
        list.forEach(a -> div.add(person(a.person(),
                getTranslation("home.anniversary", a.years(), Dates.date(a.date(), getLocale())))));
        return div;
    }

    private static Div person(PersonSummary p, @org.jspecify.annotations.Nullable String note) {
        return PersonCell.linked(p, note);
    }

    private Section section(String key) {
        var s = new Section(new H3(getTranslation(key)));
        s.addClassName("card");
        return s;
    }

    private Paragraph empty(String key) {
        var p = new Paragraph(getTranslation(key));
        p.addClassName("secondary");
        return p;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.home"));
    }
}
