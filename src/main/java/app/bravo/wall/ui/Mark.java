package app.bravo.wall.ui;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;

/** The HTML {@code <mark>} element: text highlighted for the reader (set with {@code setText}, never as HTML). */
@Tag("mark")
final class Mark extends HtmlContainer {

    Mark(String text) {
        setText(text);
    }
}
