package app.bravo.wall.internal;

import app.bravo.wall.PersonalData;
import app.bravo.wall.PersonalData.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in free text, for the moderation queue: e-mail addresses, phone numbers and
 * card-like numbers. It errs on the side of finding too much, because a moderator confirms every
 * redaction; it never changes a note by itself.
 * <ul>
 * <li>E-mail: {@code local@domain.tld}, letters of any script.</li>
 * <li>Card: 13 to 19 digits, optionally grouped by single spaces or dashes, that pass the Luhn check.</li>
 * <li>Phone: 8 to 15 digits with an optional leading {@code +} and separators (space, dash, dot,
 *     parentheses), when it starts with {@code +} or {@code 0} or uses separators; dates
 *     ({@code 2024-05-01}, {@code 01.05.2024}) and thousands groups ({@code 10.000.000}) are not phones.</li>
 * </ul>
 * Persian (۰-۹) and Arabic-Indic (٠-٩) digits count as digits. The proposed redaction replaces each
 * finding by a neutral bracketed token ({@code [email]}, {@code [phone]}, {@code [card]}), the same
 * in every language, so that the stored text does not depend on the moderator's language.
 */
public final class PersonalDataScanner {

    private static final Pattern EMAIL = Pattern.compile(
            "[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");
    private static final Pattern CARD = Pattern.compile("(?<![\\d])\\d(?:[ -]?\\d){12,18}(?![\\d])");
    private static final Pattern PHONE = Pattern.compile("(?<![\\w+])(?:\\+|00)?\\(?\\d[\\d().\\s-]{5,}\\d(?![\\d])");
    private static final Pattern DATE = Pattern.compile("\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{4}");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");

    public record Result(List<PersonalData> found, String proposedRedaction) {
        public boolean isEmpty() {
            return found.isEmpty();
        }
    }

    public Result scan(String text) {
        String t = asciiDigits(text);
        List<PersonalData> found = new ArrayList<>();
        Matcher m = EMAIL.matcher(t);
        while (m.find()) {
            found.add(new PersonalData(Kind.EMAIL, m.start(), m.end(), text.substring(m.start(), m.end())));
        }
        m = CARD.matcher(t);
        while (m.find()) {
            if (!overlaps(found, m.start(), m.end()) && luhn(m.group().replaceAll("[ -]", ""))) {
                found.add(new PersonalData(Kind.CARD, m.start(), m.end(), text.substring(m.start(), m.end())));
            }
        }
        m = PHONE.matcher(t);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String candidate = t.substring(start, end);
            if (!overlaps(found, start, end) && isPhone(candidate)) {
                found.add(new PersonalData(Kind.PHONE, start, end, text.substring(start, end)));
            }
        }
        found.sort(Comparator.comparingInt(PersonalData::start));
        return new Result(List.copyOf(found), redact(text, found));
    }

    private static boolean isPhone(String candidate) {
        String digits = candidate.replaceAll("\\D", "");
        if (digits.length() < 8 || digits.length() > 15) {
            return false;
        }
        if (DATE.matcher(candidate).matches() || THOUSANDS.matcher(candidate).matches()) {
            return false;
        }
        if (candidate.contains("\n")) {
            return false;
        }
        boolean international = candidate.startsWith("+") || candidate.startsWith("00");
        boolean separated = !candidate.chars().allMatch(Character::isDigit);
        return international || candidate.startsWith("0") || candidate.startsWith("(") || separated;
    }

    private static boolean overlaps(List<PersonalData> found, int start, int end) {
        return found.stream().anyMatch(f -> start < f.end() && f.start() < end);
    }

    private static String redact(String text, List<PersonalData> found) {
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (PersonalData f : found) {
            out.append(text, at, f.start()).append(f.kind().replacement());
            at = f.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** Persian and Arabic-Indic digits as ASCII ones, char for char, so that indices stay the same. */
    static String asciiDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\u06F0' && c <= '\u06F9') {
                chars[i] = (char) ('0' + (c - '\u06F0'));
            } else if (c >= '\u0660' && c <= '\u0669') {
                chars[i] = (char) ('0' + (c - '\u0660'));
            }
        }
        return new String(chars);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
