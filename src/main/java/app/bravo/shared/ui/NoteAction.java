package app.bravo.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An action a feature adds to each published customer note on the wall (recognition's "thank
 * them"). Each is a Spring bean; the wall's note card shows the components in its actions row,
 * after its own reactions and comments, so the feature never imports the wall nor the wall it.
 */
public interface NoteAction {

    /** What a feature may know of a published note. */
    record PublishedNote(long noteId, String quote, @Nullable String customerName, List<Long> creditedPersonIds) {
    }

    /** Lower comes first. */
    int order();

    /** The action for this note and the signed-in person, or empty when it has none for them. */
    Optional<Component> create(PublishedNote note);
}
