package app.bravo.recognition.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Person;
import app.bravo.people.ui.ProfileView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/** The recognition card of a profile, on kudos of 2002 given to each test's own people. */
@IntegrationTest
class BadgesProfileCardTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired BadgesProfileCard card;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private long value(String name) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO company_value (name, name_fa, description, description_fa) VALUES (:n, :fa, 'For tests', '')").param("n", name)
                .param("fa", "ارزش " + name).update(key, "id");
        return key.getKey().longValue();
    }

    private void kudos(Person giver, Person recipient, String kind, long value) {
        LocalDateTime at = LocalDateTime.of(2002, 11, 5, 10, 0);
        jdbc.sql("""
                INSERT INTO kudos (kind, status, giver_id, message, created_at, published_at)
                VALUES (:kind, 'PUBLISHED', :g, 'Thanks', :at, :at)""")
                .param("kind", kind).param("g", giver.getId()).param("at", at).update();
        long id = jdbc.sql("SELECT LAST_INSERT_ID()").query(Long.class).single();
        jdbc.sql("INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (:k, :p, 5)")
                .param("k", id).param("p", recipient.getId()).update();
        jdbc.sql("INSERT INTO kudos_value (kudos_id, value_id) VALUES (:k, :v)").param("k", id).param("v", value).update();
    }

    @Test
    void a_profile_shows_the_badges_with_their_descriptions_and_the_values_a_person_is_recognised_for() {
        String courageName = Fixtures.unique("Courage");
        long courage = value(courageName);
        Person giver = fixtures.person("Giver");
        Person star = fixtures.person("Star");
        kudos(giver, star, "SMALL", courage);
        kudos(giver, star, "BIG", courage);
        fixtures.signInAs();

        var section = (BadgesProfileCard.Card) card.create(star.getId()).orElseThrow();
        assertThat(section.totals.getText()).isEqualTo("2 kudos received · 0 given");
        var badges = $(ListItem.class, section.badges).all();
        assertThat(badges).extracting(b -> b.getElement().getTextRecursively())
                .containsExactly("\uD83C\uDF31First kudos", "\uD83D\uDE80Big win");
        assertThat(badges.getFirst().getElement().getAttribute("aria-description")).isEqualTo("Received a first kudos from a colleague.");
        assertThat(badges.get(1).getElement().getAttribute("aria-description")).isEqualTo("Received a big win that was approved.");
        assertThat($(ListItem.class, section.values).all()).extracting(v -> v.getElement().getTextRecursively())
                .containsExactly(courageName + " × 2");

        var giverCard = (BadgesProfileCard.Card) card.create(giver.getId()).orElseThrow();
        assertThat(giverCard.totals.getText()).isEqualTo("0 kudos received · 2 given");
        assertThat(giverCard.badges.getChildren()).isEmpty();
        assertThat(card.create(fixtures.person("Nobody").getId())).isEmpty();
    }

    @Test
    void the_card_shows_on_a_profile_in_persian() {
        Person giver = fixtures.person("Giver");
        Person star = fixtures.person("Star");
        kudos(giver, star, "SMALL", value(Fixtures.unique("Care")));
        fixtures.signInAs();
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));

        ProfileView profile = navigate(ProfileView.path(star.getId()), ProfileView.class);
        var section = $(BadgesProfileCard.Card.class, profile).first();
        assertThat(section.totals.getText()).isEqualTo("۱ قدردانی دریافتی · ۰ قدردانی از دیگران");
        assertThat($(ListItem.class, section.badges).first().getElement().getTextRecursively()).contains("نخستین قدردانی");
    }
}
