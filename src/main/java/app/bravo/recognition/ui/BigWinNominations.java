package app.bravo.recognition.ui;

import app.bravo.people.PeopleService;
import app.bravo.people.PersonDetails;
import app.bravo.people.PersonSummary;
import app.bravo.recognition.BigWinService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Collection;
import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.stereotype.Component;

/**
 * The way to "Nominate a big win" from any screen: the kudos feed, a profile (with that person
 * already chosen), the approvals queue, the home page. Inject it and call {@link #open} or put
 * {@link #button} where it belongs.
 */
@Component
public class BigWinNominations {

    private final BigWinService bigWins;
    private final PeopleService people;

    BigWinNominations(BigWinService bigWins, PeopleService people) {
        this.bigWins = bigWins;
        this.people = people;
    }

    /** Opens the dialog with no one chosen yet. */
    public Dialog open() {
        return open(List.of(), id -> { });
    }

    /**
     * Opens the dialog with these people already chosen (former staff and unknown ids left out);
     * {@code onNominated} receives the new nomination's id.
     */
    public Dialog open(Collection<Long> recipientIds, LongConsumer onNominated) {
        List<PersonSummary> chosen = recipientIds.stream().distinct().map(people::find)
                .flatMap(java.util.Optional::stream).filter(PersonDetails::active)
                .map(d -> new PersonSummary(d.id(), d.displayName(), d.email(), d.jobTitle(), d.departmentName(), d.active(),
                        d.photoKey()))
                .toList();
        var dialog = new NominateDialog(bigWins, people, chosen, onNominated);
        dialog.open();
        return dialog;
    }

    /** A button that opens the dialog (for someone in particular when ids are given). */
    public Button button(Collection<Long> recipientIds) {
        List<Long> ids = List.copyOf(recipientIds);
        var button = new Button(VaadinIcon.TROPHY.create());
        button.setText(button.getTranslation("bigwins.nominate.open"));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClassName("bigwin-nominate");
        button.addClickListener(e -> open(ids, id -> { }));
        return button;
    }
}
