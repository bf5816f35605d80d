package app.bravo.recognition.ui;

import app.bravo.recognition.KudosCounts;
import app.bravo.recognition.KudosFilter;
import app.bravo.recognition.KudosItem;
import app.bravo.recognition.KudosService;
import app.bravo.recognition.KudosSlice;
import app.bravo.security.CurrentUser;
import app.bravo.shared.i18n.Numbers;
import app.bravo.shared.ui.ProfileCard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Optional;

/** "Kudos" on a profile: how many the person received and gave, the latest ones, and "give kudos" to them (not on one's own). */
@org.springframework.stereotype.Component
class KudosProfileCard implements ProfileCard {

    static final int SHOWN = 5;

    private final KudosService kudos;
    private final KudosDialogs dialogs;
    private final CurrentUser currentUser;
    private final BigWinNominations nominations;

    KudosProfileCard(KudosService kudos, KudosDialogs dialogs, CurrentUser currentUser, BigWinNominations nominations) {
        this.kudos = kudos;
        this.dialogs = dialogs;
        this.nominations = nominations;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Optional<Component> create(long personId) {
        boolean own = currentUser.get().map(u -> u.personId() == personId).orElse(true);
        var card = new Received(personId, kudos.counts(personId), kudos.page(KudosFilter.person(personId), null, SHOWN),
                own ? null : dialogs);
        if (!own) {
            card.footer.addComponentAtIndex(1, nominations.button(List.of(personId)));
        }
        return Optional.of(card);
    }

    @StyleSheet("styles/kudos.css")
    static class Received extends Section {

        final Paragraph counts = new Paragraph();
        final Div list = new Div();
        final Button give = new Button();
        final Div footer = new Div();

        Received(long personId, KudosCounts c, KudosSlice<KudosItem> latest, @org.jspecify.annotations.Nullable KudosDialogs dialogs) {
            addClassNames("card", "kudos-profile-card");
            add(new H3(getTranslation("kudos.profile.title")));
            counts.setText(getTranslation("kudos.profile.counts", Numbers.format(c.received(), getLocale()),
                    Numbers.format(c.given(), getLocale())));
            counts.addClassName("secondary");
            list.addClassName("kudos-summaries");
            latest.items().forEach(k -> list.add(new KudosSummary(k)));
            add(counts, list);
            footer.addClassName("kudos-home-actions");
            if (dialogs != null) {
                give.setText(getTranslation("kudos.profile.give"));
                give.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
                give.addClickListener(e -> dialogs.open(List.of(personId), null));
                footer.add(give);
            } else {
                give.setVisible(false);
            }
            if (!latest.isEmpty()) {
                footer.add(new Anchor(KudosView.location(KudosFilter.person(personId)), getTranslation("kudos.profile.more")));
            }
            add(footer);
        }
    }
}
