package app.bravo.shared;

import app.bravo.shared.i18n.Translations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps English and Persian in step, and every label in the bundles (petclinic's I18nPropertiesSyncTest). */
class TranslationsTest {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void every_bundle_has_the_same_keys_in_english_and_persian() {
        List<String> bundles = Translations.discoverBundles();
        assertThat(bundles).contains("i18n/shell", "i18n/people");
        for (String bundle : bundles) {
            var english = new TreeSet<>(Translations.keys(bundle, Locale.ROOT));
            var persian = new TreeSet<>(Translations.keys(bundle, PERSIAN));
            assertThat(persian).as("Persian keys of " + bundle).isEqualTo(english);
        }
    }

    @Test
    void persian_texts_are_translated_not_copied() {
        for (String bundle : Translations.discoverBundles()) {
            var translations = new Translations();
            for (String key : Translations.keys(bundle, Locale.ROOT)) {
                String en = translations.getTranslation(key, Locale.ENGLISH);
                String fa = translations.getTranslation(key, PERSIAN);
                boolean hasLetters = en.replaceAll("\\{[^}]*}", "").chars().anyMatch(Character::isLetter);
                boolean sameOnPurpose = key.startsWith("language.") || key.equals("app.name.latin");
                if (hasLetters && !sameOnPurpose && en.length() > 3) {
                    assertThat(fa).as(bundle + " " + key).isNotEqualTo(en);
                }
            }
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        Pattern literalKey = Pattern.compile("(?:getTranslation|translate|UserError)\\(\"([a-z0-9][a-z0-9.\\-]*)\"");
        Pattern menuKey = Pattern.compile("@Menu\\(title = \"([a-z0-9.\\-]+)\"");
        Set<String> known = new HashSet<>();
        Translations.discoverBundles().forEach(b -> known.addAll(Translations.keys(b, Locale.ROOT)));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                for (Pattern p : List.of(literalKey, menuKey)) {
                    Matcher m = p.matcher(code);
                    while (m.find()) {
                        // a key ending in a dot is a prefix completed at run time (language.en, role.ADMIN)
                        if (!m.group(1).endsWith(".") && !known.contains(m.group(1))) {
                            missing.add(file.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from the bundles").isEmpty();
    }

    @Test
    void no_view_hard_codes_a_label() throws IOException {
        Pattern hardCoded = Pattern.compile(
                "(new (Button|H[1-6]|Span|Paragraph|Tab|NativeLabel|Checkbox|TextField)|setText|setPlaceholder|setHeader|setLabel|setHelperText|Notification\\.show)\\(\"[A-Za-z][^\"]{2,}\"");
        Set<String> offenders = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (hardCoded.matcher(lines.get(i)).find()) {
                        offenders.add(file.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
