package app.bravo.shared.ui;

import com.vaadin.flow.component.page.ColorScheme;

/** The colour themes a person can pick. */
public enum Theme {
    LIGHT("light", ColorScheme.Value.LIGHT),
    DARK("dark", ColorScheme.Value.DARK);

    private final String code;
    private final ColorScheme.Value scheme;

    Theme(String code, ColorScheme.Value scheme) {
        this.code = code;
        this.scheme = scheme;
    }

    public String code() {
        return code;
    }

    ColorScheme.Value scheme() {
        return scheme;
    }

    public static Theme ofCode(String code) {
        return DARK.code.equals(code) ? DARK : LIGHT;
    }
}
