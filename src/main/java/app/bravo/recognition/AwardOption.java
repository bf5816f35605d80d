package app.bravo.recognition;

import app.bravo.shared.i18n.Language;
import java.util.Locale;

/** An active award level a big win may be nominated for: its names in both languages and its points per recipient. */
public record AwardOption(long id, String nameEn, String nameFa, int points) {

    /** The name in the reader's language. */
    public String name(Locale locale) {
        return Language.of(locale) == Language.PERSIAN ? nameFa : nameEn;
    }
}
