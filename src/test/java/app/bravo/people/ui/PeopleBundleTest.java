package app.bravo.people.ui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The people bundle, which the directory and the admin pages use, has every key in both languages. */
class PeopleBundleTest {

    // read the files themselves: a ResourceBundle would fill Persian gaps from its English parent
    private static Set<String> keys(String file) throws IOException {
        var props = new Properties();
        try (var in = PeopleBundleTest.class.getResourceAsStream("/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(props.stringPropertyNames());
    }

    @Test
    void english_and_persian_people_texts_have_the_same_keys() throws IOException {
        Set<String> english = keys("people.properties");
        Set<String> persian = keys("people_fa.properties");
        assertThat(english).contains("nav.admin.people", "nav.admin.departments", "nav.admin.values");
        assertThat(persian).isEqualTo(english);
    }
}
