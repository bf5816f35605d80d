package app.bravo.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A grid column for text that people wrote (names, titles, departments): each cell takes the
 * direction of its own script ({@code dir="auto"}), so a long Latin title in a Persian page, or a
 * Persian name in an English one, is cut at its own end, with the ellipsis where the text stops.
 */
public final class UserTextColumn {

    private UserTextColumn() {
    }

    public static <T> Grid.Column<T> add(Grid<T> grid, ValueProvider<T, String> text) {
        return grid.addColumn(LitRenderer.<T>of("<span class=\"user-cell\" dir=\"auto\">${item.text}</span>")
                .withProperty("text", item -> {
                    String t = text.apply(item);
                    return t == null ? "" : t;
                }));
    }
}
