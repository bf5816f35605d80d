package app.bravo.recognition.ui;

import app.bravo.people.ui.PersonCell;
import app.bravo.recognition.LeaderboardService;
import app.bravo.recognition.ReciprocalPair;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.time.CompanyCalendar;
import app.bravo.shared.ui.DateField;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;

/**
 * HR's view against gaming (issue 13, point 3): pairs of people who recognised each other in a
 * period, with what each gave the other, the share of each one's recognition that went to the
 * other, and the pair's share of all points given in the period. Pairs who mostly give to each
 * other are marked. A laptop shows the pairs as a table; a phone, which has no room for its six
 * columns, as a list of cards with the same figures under each pair's names (leaderboards.css).
 */
@Route("kudos/pairs")
@Menu(title = "nav.kudos-pairs", icon = "vaadin:exchange", order = 24)
@RolesAllowed({Roles.HR, Roles.ADMIN})
@StyleSheet("styles/leaderboards.css")
public class PairsView extends Main implements HasDynamicTitle {

    static final int SHOWN = 50;
    /** The default period: the last 90 days. */
    static final int DEFAULT_DAYS = 90;

    final DateField from = new DateField();
    final DateField to = new DateField();
    final Grid<ReciprocalPair> pairs = new Grid<>();
    final UnorderedList cards = new UnorderedList();
    final Paragraph empty = new Paragraph();

    private final transient LeaderboardService leaderboards;

    PairsView(LeaderboardService leaderboards, CompanyCalendar calendar) {
        this.leaderboards = leaderboards;
        addClassNames("view", "pairs-view");
        var intro = new Paragraph(getTranslation("leaderboards.pairs.intro"));
        intro.addClassName("leaderboard-intro");

        LocalDate today = calendar.today();
        from.setLabel(getTranslation("leaderboards.pairs.from"));
        to.setLabel(getTranslation("leaderboards.pairs.to"));
        from.setValue(today.minusDays(DEFAULT_DAYS - 1L));
        to.setValue(today);
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        var filters = new Div(from, to);
        filters.addClassName("leaderboard-filters");

        pairs.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        pairs.setAllRowsVisible(true);
        pairs.addComponentColumn(p -> PersonCell.linked(p.a(), null))
                .setHeader(getTranslation("leaderboards.pairs.person-a")).setFlexGrow(2);
        pairs.addComponentColumn(p -> PersonCell.linked(p.b(), null))
                .setHeader(getTranslation("leaderboards.pairs.person-b")).setFlexGrow(2);
        pairs.addColumn(p -> figures(p.kudosAToB(), p.pointsAToB())).setHeader(getTranslation("leaderboards.pairs.a-to-b"));
        pairs.addColumn(p -> figures(p.kudosBToA(), p.pointsBToA())).setHeader(getTranslation("leaderboards.pairs.b-to-a"));
        pairs.addComponentColumn(this::shares).setHeader(getTranslation("leaderboards.pairs.shares"));
        pairs.addColumn(p -> percent(p.shareOfAllPoints())).setHeader(getTranslation("leaderboards.pairs.share-of-all"));
        pairs.addClassName("pairs-table");
        cards.addClassName("pairs-cards");
        empty.setText(getTranslation("leaderboards.pairs.empty"));
        empty.addClassName("leaderboard-empty");

        add(new H2(getTranslation("leaderboards.pairs.title")), intro, filters, pairs, cards, empty);
        refresh();
    }

    private String figures(long kudos, long points) {
        return getTranslation("leaderboards.pairs.kudos-points", Numbers.format(kudos, getLocale()), Numbers.format(points, getLocale()));
    }

    String percent(double share) {
        return getTranslation("leaderboards.percent", Numbers.format(Math.round(share * 100), getLocale()));
    }

    private Div shares(ReciprocalPair p) {
        var text = new Span(getTranslation("leaderboards.pairs.share-pair", percent(p.shareOfAToB()), percent(p.shareOfBToA())));
        var cell = new Div(text);
        if (p.mostly()) {
            var mostly = new Span(getTranslation("leaderboards.pairs.mostly"));
            mostly.getElement().getThemeList().add("badge error");
            mostly.addClassName("pairs-mostly");
            cell.add(mostly);
        }
        cell.addClassName("pairs-shares");
        return cell;
    }

    private ListItem card(ReciprocalPair p) {
        var arrow = new Span("\u21c4");
        arrow.addClassName("pairs-card-arrow");
        arrow.getElement().setAttribute("aria-hidden", "true");
        var names = new Div(PersonCell.linked(p.a(), null), arrow, PersonCell.linked(p.b(), null));
        names.addClassName("pairs-card-names");
        var card = new ListItem(names,
                fact("leaderboards.pairs.a-to-b", new Span(figures(p.kudosAToB(), p.pointsAToB()))),
                fact("leaderboards.pairs.b-to-a", new Span(figures(p.kudosBToA(), p.pointsBToA()))),
                fact("leaderboards.pairs.shares", shares(p)),
                fact("leaderboards.pairs.share-of-all", new Span(percent(p.shareOfAllPoints()))));
        card.addClassName("pairs-card");
        return card;
    }

    private Div fact(String labelKey, Component value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("pairs-card-label");
        var fact = new Div(label, value);
        fact.addClassName("pairs-card-fact");
        return fact;
    }

    void refresh() {
        List<ReciprocalPair> found = List.of();
        from.setInvalid(false);
        if (from.getValue() != null && to.getValue() != null) {
            try {
                found = leaderboards.reciprocalPairs(from.getValue(), to.getValue(), SHOWN);
            } catch (UserError e) {
                from.setErrorMessage(getTranslation(e.key(), e.args()));
                from.setInvalid(true);
            }
        }
        pairs.setItems(found);
        pairs.setVisible(!found.isEmpty());
        cards.removeAll();
        found.forEach(p -> cards.add(card(p)));
        cards.setVisible(!found.isEmpty());
        empty.setVisible(found.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.kudos-pairs"));
    }
}
