package app.bravo.shared.ui;

import app.bravo.shared.i18n.Numbers;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The reaction buttons of a wall note or a kudos: one per kind, each its emoji and count, pressed
 * when the reader gave it. The feature keeps its kinds, its names for them
 * ({@code <labelPrefix><KIND>}) and the service that toggles them; the card places the buttons.
 */
public final class ReactionBar<R extends Enum<R>> {

    private final Map<R, Button> buttons;
    private final Map<R, String> emoji;
    private final String labelPrefix;

    public ReactionBar(Class<R> kinds, Map<R, String> emoji, String labelPrefix, Consumer<R> toggle) {
        this.emoji = Map.copyOf(emoji);
        this.labelPrefix = labelPrefix;
        var all = new EnumMap<R, Button>(kinds);
        for (R kind : kinds.getEnumConstants()) {
            var b = new Button();
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            b.addClassName("reaction");
            b.addClickListener(e -> toggle.accept(kind));
            all.put(kind, b);
        }
        this.buttons = Collections.unmodifiableMap(all);
    }

    /** The buttons in the kinds' order. */
    public Map<R, Button> buttons() {
        return buttons;
    }

    /** Shows the counts as they are now, the reader's own reactions pressed. */
    public void show(ToLongFunction<R> count, Predicate<R> gave) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        buttons.forEach((kind, b) -> {
            long n = count.applyAsLong(kind);
            b.setText(emoji.get(kind) + " " + Numbers.format(n, locale));
            String label = b.getTranslation(labelPrefix + kind.name());
            b.setAriaLabel(b.getTranslation("conversation.reaction.aria", label, n));
            b.setTooltipText(label);
            b.getElement().setAttribute("aria-pressed", String.valueOf(gave.test(kind)));
            b.setClassName("reacted", gave.test(kind));
        });
    }
}
