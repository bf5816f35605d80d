package app.bravo.shared.i18n;

import com.vaadin.flow.component.Direction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The languages Bravo speaks. Persian is written right to left and dated in the Jalali calendar. */
public enum Language {
    ENGLISH("en", Direction.LEFT_TO_RIGHT),
    PERSIAN("fa", Direction.RIGHT_TO_LEFT);

    private final String code;
    private final Direction direction;

    Language(String code, Direction direction) {
        this.code = code;
        this.direction = direction;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    public Direction direction() {
        return direction;
    }

    public static Language of(@Nullable Locale locale) {
        return locale == null ? ENGLISH : ofCode(locale.getLanguage());
    }

    public static Language ofCode(@Nullable String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst().orElse(ENGLISH);
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }
}
