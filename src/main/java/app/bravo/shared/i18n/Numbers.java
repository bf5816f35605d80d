package app.bravo.shared.i18n;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as a reader expects them: Persian digits (۱۲۳) in Persian, Latin digits in English. Every
 * count, score and number of seconds that Bravo shows goes through {@link #format}, and every number
 * field reads what people type through {@link #parseInteger}, which understands Persian, Arabic-Indic
 * and Latin digits alike.
 */
public final class Numbers {

    private Numbers() {
    }

    /** A whole number in the reader's digits, grouped the reader's way ("1,234", "۱٬۲۳۴"). */
    public static String format(long number, Locale locale) {
        return NumberFormat.getIntegerInstance(uLocale(locale)).format(number);
    }

    /** A number with exactly {@code fractionDigits} digits after the point, in the reader's digits ("4.5", "۴٫۵"). */
    public static String format(double number, int fractionDigits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(uLocale(locale));
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(number);
    }

    /** Text with every Latin digit written in the reader's digits, the rest kept as it is (for "3/5", "10:30"). */
    public static String digits(String text, Locale locale) {
        if (Language.of(locale) != Language.PERSIAN) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\u06f0' + (c - '0')) : c);
        }
        return out.toString();
    }

    /** Text with Persian (۰-۹) and Arabic-Indic (٠-٩) digits replaced by Latin ones, and the Arabic minus and separators made plain. */
    public static String latinDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\u06f0' && c <= '\u06f9') {
                out.append((char) ('0' + (c - '\u06f0')));
            } else if (c >= '\u0660' && c <= '\u0669') {
                out.append((char) ('0' + (c - '\u0660')));
            } else if (c == '\u2212') {
                out.append('-');
            } else if (c == '\u066b') {
                out.append('.');
            } else if (c == '\u066c') {
                out.append(',');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole number typed in any of the digits above, with an optional sign; empty when it is none. */
    public static Optional<Integer> parseInteger(String text) {
        String plain = latinDigits(text).strip().replace("\u200e", "").replace("\u200f", "").replace("\u061c", "");
        if (!plain.matches("[+-]?\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(plain));
    }

    private static ULocale uLocale(Locale locale) {
        return Language.of(locale) == Language.PERSIAN ? new ULocale("fa_IR@numbers=arabext") : new ULocale("en_GB");
    }
}
