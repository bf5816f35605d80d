package app.bravo.recognition;

import java.util.Locale;

/** A big win's award level as HR names (in English and Persian) and prices it. */
public record AwardLevelInfo(long id, String nameEn, String nameFa, int points, int position, boolean active) {

    public static final int NAME_MAX = 60;

    /** The name in the reader's language. */
    public String name(Locale locale) {
        return "fa".equals(locale.getLanguage()) ? nameFa : nameEn;
    }
}
