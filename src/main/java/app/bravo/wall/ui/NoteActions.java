package app.bravo.wall.ui;

import app.bravo.shared.ui.NoteAction;
import app.bravo.wall.Credit;
import app.bravo.wall.FeedbackStatus;
import app.bravo.wall.NoteView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The host side of the {@link NoteAction} slot: the actions other features add to a published note
 * (recognition's "thank them"), in their order. The wall knows the slot, never the features that
 * fill it. Views get the beans by constructor and hand them to the cards they make.
 */
final class NoteActions implements Serializable {

    static final NoteActions NONE = new NoteActions(List.of());

    private final transient List<NoteAction> actions;

    NoteActions(List<NoteAction> actions) {
        this.actions = actions.stream().sorted(Comparator.comparingInt(NoteAction::order)).toList();
    }

    /** No feature adds an action: a host need not even look the note up. */
    boolean isEmpty() {
        return actions.isEmpty();
    }

    /** What a feature may know of the note: only for a published one. */
    static Optional<NoteAction.PublishedNote> published(NoteView n) {
        if (n.status() != FeedbackStatus.PUBLISHED) {
            return Optional.empty();
        }
        return Optional.of(new NoteAction.PublishedNote(n.id(), n.quote(), n.customerName(),
                n.creditedPeople().stream().map(Credit::id).toList()));
    }

    /** The features' components for this note and the signed-in person, in order; none for a note not published. */
    List<Component> create(NoteView n) {
        return published(n).map(p -> actions.stream().flatMap(a -> a.create(p).stream()).toList()).orElse(List.of());
    }

    /** The components in a row of their own, or empty when no feature has an action for this note. */
    Optional<Div> row(NoteView n, String className) {
        List<Component> made = create(n);
        if (made.isEmpty()) {
            return Optional.empty();
        }
        var row = new Div();
        row.addClassName(className);
        made.forEach(row::add);
        return Optional.of(row);
    }
}
