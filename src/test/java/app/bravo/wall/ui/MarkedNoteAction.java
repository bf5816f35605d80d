package app.bravo.wall.ui;

import app.bravo.shared.ui.NoteAction;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.Optional;

/**
 * A note action for the slot's own tests, in the shared test context: it acts only on notes whose
 * words carry {@link #MARKER}, so every other test's notes look as they would without it.
 */
@org.springframework.stereotype.Component
class MarkedNoteAction implements NoteAction {

    static final String MARKER = "SLOT-ACTION-TEST";
    static final String CLASS_NAME = "slot-action-test";

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Optional<Component> create(PublishedNote note) {
        if (!note.quote().contains(MARKER)) {
            return Optional.empty();
        }
        var b = new Button("Thank " + note.creditedPersonIds() + " for " + note.noteId()
                + (note.customerName() == null ? "" : " from " + note.customerName()));
        b.addClassName(CLASS_NAME);
        return Optional.of(b);
    }
}
