package app.bravo.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * A refusal shown where the form is, read out by screen readers (role "alert"), hidden while there
 * is none. Styled by {@code .admin-error} (assets/admin.css).
 */
public final class ErrorBanner extends Div {

    private final Span text = new Span();

    public ErrorBanner() {
        addClassName("admin-error");
        getElement().setAttribute("role", "alert");
        var icon = VaadinIcon.EXCLAMATION_CIRCLE_O.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        add(icon, text);
        setVisible(false);
    }

    public void show(String message) {
        text.setText(message);
        setVisible(true);
    }

    public void clear() {
        text.setText("");
        setVisible(false);
    }

    public String getMessage() {
        return text.getText();
    }
}
