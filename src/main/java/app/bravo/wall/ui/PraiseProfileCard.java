package app.bravo.wall.ui;

import app.bravo.shared.ui.NoteAction;
import app.bravo.shared.ui.ProfileCard;
import app.bravo.wall.WallNote;
import app.bravo.wall.WallService;
import app.bravo.wall.WallSlice;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Optional;

/** "Customer praise" on a profile: published notes that credit the person; absent when there are none. */
@org.springframework.stereotype.Component
class PraiseProfileCard implements ProfileCard {

    static final int SHOWN = 5;

    private final WallService wall;
    private final NoteActions noteActions;

    PraiseProfileCard(WallService wall, List<NoteAction> noteActions) {
        this.wall = wall;
        this.noteActions = new NoteActions(noteActions);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(long personId) {
        WallSlice<WallNote> praise = wall.praise(personId, SHOWN);
        return praise.isEmpty() ? Optional.empty() : Optional.of(new Praise(praise, noteActions));
    }

    @StyleSheet("styles/wall.css")
    static class Praise extends Section {

        final Div notes = new Div();

        Praise(WallSlice<WallNote> praise, NoteActions noteActions) {
            addClassNames("card", "wall-praise");
            add(new H3(getTranslation("wallui.praise.title")));
            notes.addClassName("wall-summaries");
            praise.items().forEach(n -> notes.add(new NoteSummary(n.note(), noteActions)));
            add(notes);
            if (praise.hasNext()) {
                add(new Anchor("wall", getTranslation("wallui.praise.more")));
            }
        }
    }
}
