package app.bravo.shared.search;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTokensTest {

    @Test
    void words_are_split_on_everything_but_letters_and_digits_the_underscore_included() {
        assertThat(SearchTokens.tokens("window.__xss = 'HR-team'; snake_case")).containsExactly("window", "xss", "hr", "team", "snake", "case");
        assertThat(SearchTokens.query("__XSS").terms()).containsExactly("xss");
    }

    @Test
    void case_accents_and_compatibility_forms_fold_the_same_way_at_indexing_and_at_search() {
        assertThat(SearchTokens.tokens("Café ＵＸ ÉCOLE")).containsExactly("cafe", "ux", "ecole");
        assertThat(SearchTokens.query("cafe ux École").terms()).containsExactly("cafe", "ux", "ecole");
    }

    @Test
    void persian_yeh_kaf_diacritics_tatweel_and_digits_are_one_spelling() {
        // Arabic yeh and kaf, harakat and a tatweel against the Persian letters typed plainly
        String arabicForms = "\u0643\u062a\u0627\u0628\u0650 \u0639\u0644\u064a\u0640\u0649 \u0661\u0664\u0660\u0665";
        String persian = "کتاب علیی 1405";
        assertThat(SearchTokens.tokens(arabicForms)).containsExactlyElementsOf(SearchTokens.tokens(persian));
        assertThat(SearchTokens.tokens("سال ۱۴۰۵")).containsExactly("سال", "1405");
    }

    @Test
    void a_zero_width_non_joiner_keeps_the_joined_word_and_its_parts() {
        assertThat(SearchTokens.tokens("کتاب\u200Cها می\u200Cخواهم")).containsExactly("کتابها", "کتاب", "ها", "میخواهم", "می", "خواهم");
        assertThat(SearchTokens.query("کتاب\u200Cها").terms()).containsExactly("کتابها");
        assertThat(SearchTokens.query("می خواهم").terms()).containsExactly("می", "خواهم");
    }

    @Test
    void emoji_are_words_of_their_own_without_skin_tone() {
        assertThat(SearchTokens.tokens("great👍🏽job")).containsExactly("great", "👍", "job");
        assertThat(SearchTokens.query("👍").terms()).containsExactly("👍");
    }

    @Test
    void the_last_word_is_a_prefix_only_when_long_enough() {
        assertThat(SearchTokens.query("great onboa")).isEqualTo(new SearchTokens.Query(List.of("great", "onboa"), true));
        assertThat(SearchTokens.query("onboa great")).isEqualTo(new SearchTokens.Query(List.of("onboa", "great"), true));
        assertThat(SearchTokens.query("great ux").lastIsPrefix()).isFalse();
        assertThat(SearchTokens.query("HR").lastIsPrefix()).isFalse();
    }

    @Test
    void hostile_and_huge_input_gives_bounded_terms_and_never_fails() {
        assertThat(SearchTokens.query("\"+-*~@<>()%_\\'").isEmpty()).isTrue();
        assertThat(SearchTokens.query(null).isEmpty()).isTrue();
        assertThat(SearchTokens.query("   ").isEmpty()).isTrue();
        var huge = SearchTokens.query("ab ".repeat(2000) + "x".repeat(10_000));
        assertThat(huge.terms()).containsExactly("ab");
        var many = SearchTokens.query("one two three four five six seven eight nine ten");
        assertThat(many.terms()).hasSize(SearchTokens.TERMS_MAX).doesNotContain("nine");
        assertThat(many.lastIsPrefix()).isFalse();
        String longWord = "y".repeat(100);
        assertThat(SearchTokens.tokens(longWord)).containsExactly("y".repeat(SearchTokens.TOKEN_MAX));
        assertThat(SearchTokens.query(longWord).terms()).containsExactly("y".repeat(SearchTokens.TOKEN_MAX));
        assertThat(SearchTokens.tokens("\u202Eevil\u2069 \u200F\u0000")).containsExactly("evil");
    }
}
