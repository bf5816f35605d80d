package app.bravo.shared.i18n;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import pages' format help mixes Persian sentences with English column names, role names and
 * examples. Each English run is isolated (LRI … PDI), so that a right-to-left paragraph keeps the
 * words and the Persian punctuation between them in their order.
 */
class PersianHelpTextTest {

    @Test
    void every_english_word_in_the_persian_import_help_is_isolated() {
        var checked = 0;
        for (String bundle : new String[] {"i18n/import", "i18n/moderation"}) {
            ResourceBundle rb = ResourceBundle.getBundle(bundle, Locale.forLanguageTag("fa"));
            for (String key : rb.keySet()) {
                if (!key.startsWith("import.format.") && !key.startsWith("moderation.import.format.")) {
                    continue;
                }
                String outside = rb.getString(key)
                        .replaceAll("\u2066[^\u2069]*\u2069", "")
                        .replaceAll("\\{[^}]*}", "");
                assertThat(outside).as(key).doesNotContainPattern("[A-Za-z0-9]");
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(10);
    }
}
