package app.bravo.recognition.ui;

import app.bravo.recognition.KudosFilter;
import app.bravo.recognition.KudosService;
import app.bravo.shared.live.Broadcaster;
import app.bravo.shared.ui.HomeCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;

/** Recent kudos on the home page, updated live, with the way to give one and to the whole feed. */
@org.springframework.stereotype.Component
class KudosHomeCard implements HomeCard {

    static final int SHOWN = 3;

    private final KudosService kudos;
    private final KudosDialogs dialogs;
    private final Broadcaster broadcaster;

    KudosHomeCard(KudosService kudos, KudosDialogs dialogs, Broadcaster broadcaster) {
        this.kudos = kudos;
        this.dialogs = dialogs;
        this.broadcaster = broadcaster;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create() {
        return Optional.of(new Latest(kudos, dialogs, broadcaster));
    }

    @StyleSheet("styles/kudos.css")
    static class Latest extends LatestCard {

        final Button give = new Button();
        private final transient KudosService kudos;

        Latest(KudosService kudos, KudosDialogs dialogs, Broadcaster broadcaster) {
            super("kudos-home-card", "kudos.home.title", "kudos-summaries", "kudos.home.empty");
            this.kudos = kudos;
            give.setText(getTranslation("kudos.give.open"));
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            give.addClickListener(e -> dialogs.open(List.of(), null, id -> refresh()));
            var open = new Anchor("kudos", getTranslation("kudos.home.open"));
            var footer = new Div(give, open);
            footer.addClassName("kudos-home-actions");
            add(list, empty, footer);
            live(broadcaster);
        }

        @Override
        List<Component> latest() {
            return kudos.page(KudosFilter.NONE, null, SHOWN).items().stream().<Component>map(KudosSummary::new).toList();
        }
    }
}
