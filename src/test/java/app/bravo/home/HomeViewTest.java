package app.bravo.home;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HomeViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired PeopleService people;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void home_greets_the_person_and_shows_values_and_new_joiners() {
        fixtures.signInAs(Role.ADMIN);
        String value = Fixtures.unique("Kindness");
        people.createValue(value, Fixtures.unique("مهربانی"), "Be kind.", "مهربان باشیم.");
        String joiner = Fixtures.unique("Newcomer");
        people.create(new PersonForm(Fixtures.unique("n") + "@test.example", joiner, "Analyst", null, null,
                LocalDate.now().minusDays(1), Set.of(), null));
        var me = fixtures.signInAs();

        HomeView view = navigate(HomeView.class);

        assertThat(view.greeting.getText()).contains(me.displayName());
        assertThat($(H3.class, view.values).all()).extracting(H3::getText).contains(value);
        assertThat($(Anchor.class, view.joiners).all()).extracting(Anchor::getText).contains(joiner);
    }

    @Test
    void home_shows_a_value_in_persian_to_a_persian_reader() {
        String english = Fixtures.unique("Kindness");
        String persian = Fixtures.unique("مهربانی");
        valueInBothLanguages(english, persian);

        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));
        HomeView view = navigate(HomeView.class);
        assertThat($(H3.class, view.values).all()).extracting(H3::getText).contains(persian).doesNotContain(english);
        assertThat($(Paragraph.class, view.values).all()).extracting(Paragraph::getText)
                .contains("مهربان باشیم.").doesNotContain("Be kind.");
    }

    @Test
    void home_shows_a_value_in_english_to_an_english_reader() {
        String english = Fixtures.unique("Kindness");
        String persian = Fixtures.unique("مهربانی");
        valueInBothLanguages(english, persian);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        HomeView view = navigate(HomeView.class);
        assertThat($(H3.class, view.values).all()).extracting(H3::getText).contains(english).doesNotContain(persian);
        assertThat($(Paragraph.class, view.values).all()).extracting(Paragraph::getText).contains("Be kind.");
    }

    private void valueInBothLanguages(String english, String persian) {
        fixtures.signInAs(Role.ADMIN);
        people.createValue(english, persian, "Be kind.", "مهربان باشیم.");
        fixtures.signInAs();
    }
}
