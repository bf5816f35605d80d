package app.bravo.recognition.ui;

import app.bravo.people.PeopleService;
import app.bravo.people.ValueView;
import app.bravo.recognition.BigWin;
import app.bravo.recognition.BigWinCursor;
import app.bravo.recognition.BigWinService;
import app.bravo.recognition.BigWinSlice;
import app.bravo.security.Roles;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "My nominations": every big win the signed-in person nominated, newest first, with where it
 * stands (waiting for whom, approved, declined with the decider's note), a keyset page at a time.
 */
@Route("kudos/nominations")
@Menu(title = "bigwins.nav.mine", icon = "vaadin:trophy", order = 22)
@RolesAllowed(Roles.EMPLOYEE)
@StyleSheet("styles/bigwins.css")
public class MyNominationsView extends Main implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    final Button nominate = new Button();
    final Paragraph empty = new Paragraph();
    final Div list = new Div();
    final Button more = new Button();
    final Map<Long, BigWinCard> cards = new LinkedHashMap<>();

    private final transient BigWinService bigWins;
    private final Map<Long, String> valueNames;
    private @Nullable BigWinCursor next;

    MyNominationsView(BigWinService bigWins, PeopleService people, BigWinNominations nominations) {
        this.bigWins = bigWins;
        this.valueNames = people.values().stream().collect(Collectors.toMap(ValueView::id, v -> v.name(getLocale()), (a, b) -> a));
        addClassNames("view", "bigwins-view");
        var intro = new Paragraph(getTranslation("bigwins.mine.intro"));
        intro.addClassName("bigwins-intro");
        nominate.setText(getTranslation("bigwins.nominate.open"));
        nominate.setIcon(VaadinIcon.TROPHY.create());
        nominate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        nominate.addClickListener(e -> nominations.open(java.util.List.of(), id -> reload()));
        var toolbar = new Div(nominate);
        toolbar.addClassName("bigwins-toolbar");
        empty.setText(getTranslation("bigwins.mine.empty"));
        empty.addClassName("bigwins-empty");
        list.addClassName("bigwins-list");
        more.setText(getTranslation("bigwins.more"));
        more.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        more.addClickListener(e -> load());
        add(new H2(getTranslation("bigwins.mine.title")), intro, toolbar, empty, list, more);
        reload();
    }

    Optional<BigWinCard> card(long id) {
        return Optional.ofNullable(cards.get(id));
    }

    void reload() {
        list.removeAll();
        cards.clear();
        next = null;
        load();
    }

    private void load() {
        BigWinSlice slice = bigWins.myNominations(next, PAGE_SIZE);
        for (BigWin w : slice.items()) {
            var card = new BigWinCard(w, valueNames, true);
            cards.put(w.id(), card);
            list.add(card);
        }
        next = slice.next();
        more.setVisible(next != null);
        empty.setVisible(cards.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("bigwins.nav.mine"));
    }
}
