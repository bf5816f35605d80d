package app.bravo.shared;

import app.bravo.shared.i18n.Translations;
import app.bravo.wall.FieldProblem;
import app.bravo.wall.ScoreType;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Messages say what is wrong: empty, too long and bad characters each have their own words. */
class ValidationMessagesTest {

    private final Translations translations = new Translations();

    private String english(UserError e) {
        return translations.getTranslation(e.key(), Locale.ENGLISH, e.args());
    }

    private UserError refusal(String text, boolean required, int max, String prefix) {
        try {
            TextRules.check(text, required, max, prefix);
        } catch (UserError e) {
            return e;
        }
        throw new AssertionError("accepted: " + text);
    }

    @Test
    void an_empty_name_asks_for_one_and_a_long_one_names_the_limit() {
        assertThat(english(refusal("   ", true, 80, "admin.token.error.name"))).isEqualTo("Enter a token name.");
        assertThat(english(refusal("x".repeat(81), true, 80, "admin.token.error.name")))
                .isEqualTo("A token name has at most 80 characters.");
        assertThat(english(refusal("", true, 80, "kiosk.token.error.name"))).isEqualTo("Enter a screen name.");
        assertThat(english(refusal("", true, 120, "departments.error.name"))).isEqualTo("Enter a department name.");
        assertThat(english(refusal("", true, 120, "people.error.name"))).isEqualTo("Enter the person’s name.");
        assertThat(english(refusal("Bad\u0007name", true, 120, "people.error.name")))
                .isEqualTo("Remove the control characters (such as tabs or invisible marks) from this text.");
        assertThat(TextRules.check("  Lobby ", true, 80, "kiosk.token.error.name")).isEqualTo("Lobby");
        // an emoji counts once, as people see it
        assertThat(TextRules.check("🚀".repeat(80), true, 80, "kiosk.token.error.name")).hasSize(160);
    }

    @Test
    void an_email_that_is_empty_too_long_or_malformed_gets_its_own_message() {
        assertThatThrownBy(() -> app.bravo.people.Person.normaliseEmail(" ")).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(english(e)).isEqualTo("Enter an e-mail address."));
        assertThatThrownBy(() -> app.bravo.people.Person.normaliseEmail("no-at-sign")).isInstanceOfSatisfying(UserError.class,
                e -> assertThat(english(e)).isEqualTo("This is not an e-mail address; write it like name@example.com."));
    }

    @Test
    void wall_fields_and_scores_are_named_in_the_message_in_both_languages() {
        Locale fa = Locale.forLanguageTag("fa");
        var nps = new FieldProblem("score", "wall.error.score-range", ScoreType.NPS.name(), 0, 10);
        assertThat(translations.getTranslation(nps.messageKey(), Locale.ENGLISH, nps.args()))
                .isEqualTo("An NPS score is a whole number from 0 to 10.");
        assertThat(translations.getTranslation(nps.messageKey(), fa, nps.args())).isEqualTo("امتیاز NPS عددی درست از ۰ تا ۱۰ است.");
        var quote = new FieldProblem("quote", "wall.error.required");
        assertThat(translations.getTranslation(quote.messageKey(), Locale.ENGLISH)).isEqualTo("Enter the customer’s words.");
        var tag = new FieldProblem("tags[2]", "wall.error.too-long", 40);
        assertThat(translations.getTranslation(tag.messageKey(), Locale.ENGLISH, tag.args())).isEqualTo("A tag has at most 40 characters.");
        // the API keeps its stable code
        assertThat(quote.key()).isEqualTo("wall.error.required");
        assertThat(new FieldProblem("externalId", "wall.error.external-id", 120).messageKey()).isEqualTo("wall.error.external-id");
    }
}
