package app.bravo.shared.i18n;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers as a reader expects them: Persian digits (۱۲۳) in Persian, Latin digits in English. Every
 * count, score and number of seconds that Bravo shows goes through {@link #format}, and every number
 * field reads what people type through {@link #parseInteger}, which understands Persian, Arabic-Indic
 * and Latin digits alike. Decimals and money go through {@link #decimal}, {@link #money} and
 * {@link #unitPrice}, so that a Persian reader sees Persian digits and the Persian decimal separator
 * (momayyez, "۰٫۰۱") everywhere, never a Latin point beside them.
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

    /**
     * A decimal in the reader's digits and decimal separator, ungrouped and with every decimal it has
     * ("0.0125", "۰٫۰۱۲۵"): the form a number field shows and reads back.
     */
    public static String decimal(BigDecimal number, Locale locale) {
        BigDecimal plain = number.stripTrailingZeros();
        NumberFormat f = NumberFormat.getNumberInstance(uLocale(locale));
        f.setGroupingUsed(false);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(Math.max(0, plain.scale()));
        return f.format(plain);
    }

    /**
     * An amount of money in the reader's digits and separators with the currency's symbol, rounded half
     * up to the currency's decimals ("€46.45", "€۴۶٫۴۵"); a code without a symbol is written as it is.
     */
    public static String money(BigDecimal amount, String currencyCode, Locale locale) {
        NumberFormat f = currencyFormat(currencyCode, locale);
        f.setRoundingMode(com.ibm.icu.math.BigDecimal.ROUND_HALF_UP);
        return f.format(amount);
    }

    /**
     * A price of one unit (what a point is worth) as {@link #money} writes it, but with every decimal it
     * has, as it may be a fraction of the currency's smallest coin ("€0.0125", "€۰٫۰۱۲۵").
     */
    public static String unitPrice(BigDecimal amount, String currencyCode, Locale locale) {
        NumberFormat f = currencyFormat(currencyCode, locale);
        f.setMaximumFractionDigits(Math.max(f.getMinimumFractionDigits(), amount.stripTrailingZeros().scale()));
        return f.format(amount);
    }

    private static NumberFormat currencyFormat(String currencyCode, Locale locale) {
        NumberFormat f = NumberFormat.getCurrencyInstance(uLocale(locale));
        f.setCurrency(Currency.getInstance(currencyCode));
        return f;
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
