package app.bravo.wall;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Department;
import app.bravo.people.Person;
import app.bravo.security.Role;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Search by whole words through the token index: precise for short and Persian words, and never failing. */
@IntegrationTest
class WallSearchTest {

    @Autowired WallService wall;
    @Autowired FeedbackService feedback;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    static String marker() {
        return Fixtures.unique("ws").replaceAll("[^A-Za-z]", "");
    }

    long publish(String quote, List<Long> people, List<Long> departments, List<String> tags) {
        fixtures.signInAs();
        long id = feedback.submit(new FeedbackForm(quote, "Dana Customer", "Acme", Channel.CHAT, null, null, null, people,
                List.of(), departments, tags, null)).id();
        fixtures.signInAs(Role.MODERATOR);
        feedback.approve(id, null);
        return id;
    }

    List<Long> ids(String text) {
        fixtures.signInAs();
        return wall.page(WallFilter.text(text), null, 100).items().stream().map(WallNote::id).toList();
    }

    @Test
    void two_letter_terms_match_whole_words_only() {
        String m = marker();
        long hr = publish("Our HR team answered " + m, List.of(), List.of(), List.of());
        long three = publish("Three days before Christmas " + m, List.of(), List.of(), List.of());
        long ux = publish("The UX was clear " + m, List.of(), List.of(), List.of());
        long luxury = publish("Pure luxury " + m, List.of(), List.of(), List.of());

        assertThat(ids(m + " HR")).containsExactly(hr);
        assertThat(ids(m + " hr")).containsExactly(hr);
        assertThat(ids(m + " UX")).containsExactly(ux);
        assertThat(ids(m + " three")).containsExactly(three);
        assertThat(ids(m + " lux")).containsExactly(luxury);
        assertThat(ids(m)).containsExactlyInAnyOrder(hr, three, ux, luxury);
    }

    @Test
    void the_last_word_is_a_prefix_from_three_letters_on() {
        String m = marker();
        long onboarding = publish("Smooth onboarding " + m, List.of(), List.of(), List.of());
        assertThat(ids(m + " onboa")).containsExactly(onboarding);
        assertThat(ids("onboa " + m)).isEmpty();
    }

    @Test
    void persian_words_are_found_whatever_yeh_kaf_digits_and_zero_width_non_joiner_were_typed() {
        String m = marker();
        // stored with Arabic yeh and kaf, Arabic-Indic digits and a zero-width non-joiner
        long note = publish("\u0643\u0627\u0631 \u0639\u0627\u0644\u064a \u0628\u0648\u062f \u06F1\u06F4\u06F0\u06F5 "
                + "\u06A9\u062a\u0627\u0628\u200C\u0647\u0627 " + m, List.of(), List.of(), List.of());
        long other = publish("کار دیگر " + m, List.of(), List.of(), List.of());

        assertThat(ids(m + " کار عالی")).containsExactly(note);      // Persian yeh and kaf typed
        assertThat(ids(m + " 1405")).containsExactly(note);          // ASCII digits typed
        assertThat(ids(m + " ١٤٠٥")).containsExactly(note);          // Arabic-Indic digits typed
        assertThat(ids(m + " کتابها")).containsExactly(note);        // joined, without the non-joiner
        assertThat(ids(m + " کتاب\u200Cها")).containsExactly(note);   // with it
        assertThat(ids(m + " کتاب")).containsExactly(note);          // its first part
        assertThat(ids(m + " کار")).containsExactlyInAnyOrder(note, other);
        assertThat(ids(m + " عا")).isEmpty();                        // a short piece of a word is no word
    }

    @Test
    void words_after_an_underscore_are_found() {
        String m = marker();
        long xss = publish("Found window.__xss in the login " + m, List.of(), List.of(), List.of());
        assertThat(ids(m + " xss")).containsExactly(xss);
        assertThat(ids(m + " __xss")).containsExactly(xss);
        assertThat(ids(m + " window")).containsExactly(xss);
    }

    @Test
    void tags_and_the_names_of_credited_people_and_departments_are_found() {
        String m = marker();
        Person sara = fixtures.person("Sara " + m + "ahmadi");
        Department dept = fixtures.department("Logistics");
        String tag = "ux-" + m.toLowerCase();
        long credited = publish("Thanks a lot " + m, List.of(sara.getId()), List.of(), List.of());
        long tagged = publish("Well done " + m, List.of(), List.of(), List.of(tag));
        long department = publish("Fast delivery " + m, List.of(), List.of(dept.getId()), List.of());

        assertThat(ids(m + " sara")).containsExactly(credited);
        assertThat(ids(m + "ahmadi")).containsExactly(credited);
        assertThat(ids(m + " ux")).containsExactly(tagged);
        assertThat(ids(tag)).containsExactly(tagged);
        assertThat(ids(m + " " + dept.getName())).containsExactly(department);
    }

    @Test
    void an_edit_changes_what_the_note_is_found_by() {
        String m = marker();
        long id = publish("Kind words " + m, List.of(), List.of(), List.of());
        fixtures.signInAs(Role.MODERATOR);
        feedback.edit(id, new FeedbackForm("Friendly words " + m, null, null, Channel.CHAT, null, null, null, List.of(),
                List.of(), List.of(), List.of("renamed"), null));
        assertThat(ids(m + " kind")).isEmpty();
        assertThat(ids(m + " friendly")).containsExactly(id);
        assertThat(ids(m + " renamed")).containsExactly(id);
        assertThat(ids(m + " dana")).isEmpty();
    }

    @Test
    void hostile_input_never_fails_and_finds_by_its_words() {
        String m = marker();
        long id = publish("Emoji 👍🏽 and quotes \"here\" " + m, List.of(), List.of(), List.of());
        for (String hostile : List.of("\"", "'", "+", "-", "*", "~", "@", "<", ">", "(", ")", "%", "_", "\\", "' OR 1=1 --",
                "+\"-*~@<>()", "x".repeat(10_000), "😀".repeat(5_000), "\u202E", "\u0000")) {
            assertThatCode(() -> ids(hostile)).doesNotThrowAnyException();
            assertThat(ids(m + " " + hostile)).as(hostile.length() > 20 ? "long input" : hostile)
                    .isSubsetOf(id);
        }
        assertThat(ids(m + " \"+-*()~<>@")).containsExactly(id);
        assertThat(ids(m + " 👍")).containsExactly(id);
        assertThat(ids(m + " here")).containsExactly(id);
    }

    @Test
    void the_token_column_compares_folded_words_as_bytes() {
        String m = marker();
        long id = publish("Straße " + m, List.of(), List.of(), List.of());
        List<String> tokens = jdbc.sql("SELECT token FROM feedback_note_token WHERE note_id = :id ORDER BY token")
                .param("id", id).query(String.class).list();
        assertThat(tokens).contains("straße", m.toLowerCase(), "dana", "customer", "acme");
        assertThat(ids(m + " strasse")).isEmpty(); // a collation would make these equal; the tokenizer decides
    }
}
