package app.bravo.wall.ui;

import app.bravo.shared.ui.HomeCard;
import app.bravo.shared.ui.NoteAction;
import app.bravo.wall.WallFilter;
import app.bravo.wall.WallNote;
import app.bravo.wall.WallService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Optional;

/** The wall on the home page: the latest few published notes and the way to the whole wall. */
@org.springframework.stereotype.Component
class WallHomeCard implements HomeCard {

    static final int SHOWN = 3;

    private final WallService wall;
    private final NoteActions noteActions;

    WallHomeCard(WallService wall, List<NoteAction> noteActions) {
        this.wall = wall;
        this.noteActions = new NoteActions(noteActions);
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create() {
        return Optional.of(new Latest(wall.page(WallFilter.NONE, null, SHOWN).items(), noteActions));
    }

    @StyleSheet("styles/wall.css")
    static class Latest extends Section {

        final Div notes = new Div();
        final Anchor open = new Anchor("wall", "");

        Latest(List<WallNote> latest, NoteActions noteActions) {
            addClassNames("card", "wall-home-card");
            add(new H3(getTranslation("wallui.home.title")));
            notes.addClassName("wall-summaries");
            latest.forEach(n -> notes.add(new NoteSummary(n.note(), noteActions)));
            if (latest.isEmpty()) {
                var none = new Paragraph(getTranslation("wallui.home.empty"));
                none.addClassName("secondary");
                notes.add(none);
            }
            open.setText(getTranslation("wallui.home.open"));
            open.addClassName("wall-home-link");
            add(notes, open);
        }
    }
}
