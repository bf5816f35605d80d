package app.bravo.recognition.ui;

import app.bravo.security.CurrentUser;
import app.bravo.shared.ui.NoteAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.List;
import java.util.Optional;

/**
 * "Thank them" on a published customer note: opens the kudos dialog with the note's credited people
 * as recipients and the customer's words quoted, so customer love turns into peer recognition.
 * Absent when the note credits nobody but (at most) the reader.
 */
@org.springframework.stereotype.Component
class ThankThemAction implements NoteAction {

    private final KudosDialogs dialogs;
    private final CurrentUser currentUser;

    ThankThemAction(KudosDialogs dialogs, CurrentUser currentUser) {
        this.dialogs = dialogs;
        this.currentUser = currentUser;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(PublishedNote note) {
        Optional<Long> me = currentUser.get().map(u -> u.personId());
        List<Long> others = note.creditedPersonIds().stream().filter(id -> me.map(m -> m.longValue() != id).orElse(true))
                .distinct().toList();
        if (others.isEmpty() || me.isEmpty()) {
            return Optional.empty();
        }
        var button = new Button();
        button.setText(button.getTranslation("kudos.thank.button"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.addClassName("kudos-thank-them");
        button.addClickListener(e -> dialogs.open(others, quote(note)));
        return Optional.of(button);
    }

    /** The customer's words, with who said them when the note names them. */
    static String quote(PublishedNote note) {
        String q = note.quote().strip();
        return note.customerName() == null || note.customerName().isBlank() ? q : q + "\n— " + note.customerName().strip();
    }
}
