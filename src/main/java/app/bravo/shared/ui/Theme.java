package app.bravo.shared.ui;

import com.vaadin.flow.component.page.ColorScheme;

/** The colour themes a person can pick: light, dark, or whichever the device is set to. */
public enum Theme {
    LIGHT("light", ColorScheme.Value.LIGHT),
    DARK("dark", ColorScheme.Value.DARK),
    SYSTEM("system", ColorScheme.Value.SYSTEM);

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

    /** The theme of a stored code; light for an unknown one. */
    public static Theme ofCode(String code) {
        for (Theme t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        return LIGHT;
    }
}
