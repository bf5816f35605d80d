package app.bravo.people;

import app.bravo.shared.i18n.Language;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A company value as lists show it, in both languages; {@link #name(Locale)} and
 * {@link #description(Locale)} give the words for a reader of that language.
 */
public record ValueView(long id, String name, String nameFa, String description, String descriptionFa,
                        int position, boolean active) {

    /** The name in the reader's language: Persian for Persian, English otherwise. */
    public String name(@Nullable Locale locale) {
        return Language.of(locale) == Language.PERSIAN ? nameFa : name;
    }

    /** The description in the reader's language (may be empty). */
    public String description(@Nullable Locale locale) {
        return Language.of(locale) == Language.PERSIAN ? descriptionFa : description;
    }
}
