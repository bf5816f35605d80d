package app.bravo.shared.ui;

import app.bravo.shared.i18n.Language;

/** Stores the signed-in person's choice of language and theme; the people feature keeps them. */
public interface Preferences {

    void saveLanguage(Language language);

    void saveTheme(Theme theme);
}
