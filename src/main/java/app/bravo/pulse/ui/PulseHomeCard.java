package app.bravo.pulse.ui;

import app.bravo.pulse.OpenRound;
import app.bravo.pulse.PulseService;
import app.bravo.shared.i18n.Bidi;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.ui.HomeCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Optional;

/** The home page's "Open pulses for me" card: shown only when the signed-in person has a round to answer. */
@org.springframework.stereotype.Component
class PulseHomeCard implements HomeCard {

    static final int SHOWN = 3;

    private final PulseService pulses;

    PulseHomeCard(PulseService pulses) {
        this.pulses = pulses;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Component> create() {
        List<OpenRound> open = pulses.myOpenRounds();
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Section card = new Section();
        card.addClassNames("card", "pulse-home-card");
        card.add(new H3(card.getTranslation("pulse.home.title")));
        boolean fa = Language.of(com.vaadin.flow.component.UI.getCurrent().getLocale()) == Language.PERSIAN;
        open.stream().limit(SHOWN).forEach(r -> card.add(new RouterLink(Bidi.isolate(r.name(fa)), PulseAnswerView.class,
                new RouteParameters(PulseAnswerView.ROUND, String.valueOf(r.roundId())))));
        return Optional.of(card);
    }
}
