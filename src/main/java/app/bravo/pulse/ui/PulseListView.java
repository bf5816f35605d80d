package app.bravo.pulse.ui;

import app.bravo.pulse.OpenRound;
import app.bravo.pulse.PulseService;
import app.bravo.security.Roles;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.ui.PageTitles;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** {@code /pulse}: the pulses the signed-in person is asked and has not answered yet, each a link to answer it. */
@StyleSheet("styles/pulse.css")
@Route("pulse")
@Menu(title = "nav.pulse", icon = "vaadin:clipboard-pulse", order = 40)
@RolesAllowed(Roles.EMPLOYEE)
public class PulseListView extends Main implements HasDynamicTitle {

    final Div rounds = new Div();
    final Paragraph empty = new Paragraph();

    PulseListView(PulseService pulses) {
        addClassNames("view", "pulse-list");
        add(new H2(getTranslation("pulse.list.title")));
        boolean fa = Language.of(getLocale()) == Language.PERSIAN;
        for (OpenRound r : pulses.myOpenRounds()) {
            var link = new RouterLink(Bidi.isolate(r.name(fa)), PulseAnswerView.class,
                    new RouteParameters(PulseAnswerView.ROUND, String.valueOf(r.roundId())));
            link.addClassName("pulse-round-link");
            rounds.add(link);
        }
        empty.setText(getTranslation("pulse.list.empty"));
        empty.setVisible(rounds.getComponentCount() == 0);
        var conversations = new RouterLink(getTranslation("pulse.conversation.title"), ConversationsView.class);
        conversations.addClassName("pulse-conversations-link");
        add(rounds, empty, conversations);
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.pulse"));
    }
}
