package app.bravo.shared.i18n;

import app.bravo.audit.AuditAction;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The import and admin bundles speak both languages and name every audit action. */
class ImportAdminBundlesTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/import", "i18n/admin"})
    void english_and_persian_have_the_same_keys(String bundle) {
        var english = Translations.keys(bundle, Locale.ENGLISH);
        var persian = Translations.keys(bundle, Locale.of("fa"));
        assertThat(english).isNotEmpty();
        assertThat(persian).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void every_audit_action_has_a_label_in_both_languages() {
        var translations = new Translations();
        for (Locale locale : Language.locales()) {
            for (AuditAction action : AuditAction.values()) {
                assertThat(translations.getTranslation("audit.action." + action.name(), locale))
                        .doesNotStartWith("!");
            }
        }
    }
}
