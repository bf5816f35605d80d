package app.bravo.shared.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translation provider. Each feature keeps its own bundle in {@code i18n/<feature>.properties}
 * (English) and {@code i18n/<feature>_fa.properties} (Persian); a key is looked up in all of them.
 * Files are read as UTF-8. See docs/decisions/DD002.
 */
@Component
public class Translations implements I18NProvider {

    public static final String FOLDER = "i18n";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final List<String> bundles;

    public Translations() {
        this.bundles = discoverBundles();
    }

    /** The base names of every bundle on the class path, such as {@code i18n/people}. */
    public static List<String> discoverBundles() {
        try {
            var names = new TreeSet<String>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "/*.properties")) {
                String file = r.getFilename();
                if (file != null && !file.contains("_")) {
                    names.add(FOLDER + "/" + file.substring(0, file.length() - ".properties".length()));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Language.locales();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale l = Language.of(locale).locale();
        for (String bundle : bundles) {
            ResourceBundle rb = ResourceBundle.getBundle(bundle, l, NO_FALLBACK);
            if (rb.containsKey(key)) {
                String pattern = rb.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, l).format(params);
            }
        }
        log.warn("Missing translation {} for {}", key, l);
        return "!" + key + "!";
    }

    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The keys of one bundle in one language, for the test that keeps the languages in step. */
    public static List<String> keys(String bundle, Locale locale) {
        try {
            ResourceBundle rb = ResourceBundle.getBundle(bundle, locale, NO_FALLBACK);
            return new ArrayList<>(rb.keySet());
        } catch (MissingResourceException e) {
            return List.of();
        }
    }
}
