package app.bravo.shared.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one tokenizer of Bravo's search: text becomes the words an index keeps, and a search becomes
 * the words it asks for, by the same rules, so a word found in one is always found in the other.
 * <ul>
 *   <li>Case folded; accents and Arabic diacritics (harakat, tatweel) dropped; compatibility forms
 *       (Arabic presentation forms, full-width letters) folded to their plain letters.</li>
 *   <li>Persian: Arabic yeh and alef maksura become Persian yeh, Arabic kaf Persian kaf, teh marbuta
 *       heh; Persian and Arabic-Indic digits become ASCII digits.</li>
 *   <li>A word is a run of letters and digits; everything else, the underscore included, separates
 *       words ({@code window.__xss} holds "window" and "xss"). A zero-width non-joiner inside a word
 *       keeps it one word, so the index keeps the joined word and each of its parts
 *       ({@code کتاب‌ها}: "کتابها", "کتاب", "ها"), and a search for any spelling finds it.</li>
 *   <li>Each emoji is a word of its own, without its skin tone.</li>
 * </ul>
 */
public final class SearchTokens {

    /** The longest word kept, in code points; longer words are cut to it, at indexing and at search alike. */
    public static final int TOKEN_MAX = 40;
    /** The most words one search asks for; more are ignored. */
    public static final int TERMS_MAX = 8;
    /** A search's last word is also a prefix from this length on (while one types); shorter words match whole words only. */
    public static final int PREFIX_MIN = 3;
    /** The most characters of a search that are read. */
    public static final int QUERY_CHARS_MAX = 1000;

    private static final char ZWNJ = '\u200C';

    /** What a search asks for: every term must be a word of the item; the last one may be a prefix. */
    public record Query(List<String> terms, boolean lastIsPrefix) {

        public static final Query NONE = new Query(List.of(), false);

        public Query {
            terms = List.copyOf(terms);
        }

        public boolean isEmpty() {
            return terms.isEmpty();
        }
    }

    private SearchTokens() {
    }

    /** The distinct words of these texts, in order of first appearance, as the index keeps them. */
    public static Set<String> tokens(Iterable<? extends @Nullable String> texts) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                for (String word : words(text)) {
                    tokens.add(joined(word));
                    if (word.indexOf(ZWNJ) >= 0) {
                        for (String part : word.split(String.valueOf(ZWNJ))) {
                            if (!part.isEmpty()) {
                                tokens.add(cut(part));
                            }
                        }
                    }
                }
            }
        }
        return tokens;
    }

    /** The distinct words of one text. */
    public static Set<String> tokens(String text) {
        return tokens(List.of(text));
    }

    /**
     * A search as the index understands it: its distinct words (at most {@value #TERMS_MAX}), the last
     * one also a prefix when it is at least {@value #PREFIX_MIN} long (the reader may still be typing
     * it); shorter words match whole words only.
     */
    public static Query query(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return Query.NONE;
        }
        String read = text;
        if (text.length() > QUERY_CHARS_MAX) {
            // cut at the last word boundary, so that no piece of a word becomes a term
            int end = QUERY_CHARS_MAX;
            while (end > 0 && isWordChar(text.codePointBefore(end)) && isWordChar(text.codePointAt(end))) {
                end--;
            }
            read = text.substring(0, end);
        }
        List<String> words = words(read);
        Set<String> terms = new LinkedHashSet<>();
        for (String word : words) {
            if (terms.size() == TERMS_MAX) {
                break;
            }
            terms.add(joined(word));
        }
        if (terms.isEmpty()) {
            return Query.NONE;
        }
        List<String> list = new ArrayList<>(terms);
        String last = list.getLast();
        int length = last.codePointCount(0, last.length());
        boolean prefix = joined(words.getLast()).equals(last) && words.size() <= TERMS_MAX
                && length >= PREFIX_MIN && length < TOKEN_MAX && Character.isLetterOrDigit(last.codePointAt(0));
        return new Query(list, prefix);
    }

    /** Text folded as words are compared: case, accents, diacritics, Persian letters and digits. */
    public static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x0640) {
                return; // accents, harakat, tatweel
            }
            if (type == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
                return;
            }
            if (cp >= 0x1F3FB && cp <= 0x1F3FF) {
                return; // emoji skin tones
            }
            out.appendCodePoint(switch (cp) {
                case 0x064A, 0x0649 -> 0x06CC; // Arabic yeh, alef maksura -> Persian yeh
                case 0x0643 -> 0x06A9;         // Arabic kaf -> Persian kaf (keheh)
                case 0x0629 -> 0x0647;         // teh marbuta -> heh
                default -> cp;
            });
        });
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /** The words of a text after {@link #normalise}; a word may hold zero-width non-joiners between letters. */
    private static List<String> words(String text) {
        String s = normalise(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else if (cp == ZWNJ && !word.isEmpty()) {
                word.append(ZWNJ);
            } else {
                flush(word, words);
                if (isEmoji(cp)) {
                    words.add(new String(Character.toChars(cp)));
                }
            }
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        int end = word.length();
        while (end > 0 && word.charAt(end - 1) == ZWNJ) {
            end--;
        }
        if (end > 0) {
            words.add(word.substring(0, end));
        }
        word.setLength(0);
    }

    private static String joined(String word) {
        return cut(word.indexOf(ZWNJ) < 0 ? word : word.replace(String.valueOf(ZWNJ), ""));
    }

    private static String cut(String word) {
        return word.codePointCount(0, word.length()) <= TOKEN_MAX ? word
                : word.substring(0, word.offsetByCodePoints(0, TOKEN_MAX));
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    private static boolean isEmoji(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL && cp >= 0x2190;
    }
}
