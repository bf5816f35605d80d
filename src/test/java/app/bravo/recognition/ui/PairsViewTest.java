package app.bravo.recognition.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Person;
import app.bravo.recognition.ReciprocalPair;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** HR's reciprocal pairs page, on a week of 2001 that holds only this test's kudos. */
@IntegrationTest
class PairsViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private void kudos(Person giver, Person recipient, int points, LocalDateTime at) {
        jdbc.sql("""
                INSERT INTO kudos (kind, status, giver_id, message, created_at, published_at)
                VALUES ('SMALL', 'PUBLISHED', :g, 'Thanks', :at, :at)""")
                .param("g", giver.getId()).param("at", at).update();
        jdbc.sql("INSERT INTO kudos_recipient (kudos_id, person_id, points) VALUES (LAST_INSERT_ID(), :p, :points)")
                .param("p", recipient.getId()).param("points", points).update();
    }

    @Test
    void hr_picks_a_period_and_sees_the_pairs_with_their_shares() {
        Person a = fixtures.person("Pair A " + Fixtures.unique("a"));
        Person b = fixtures.person("Pair B " + Fixtures.unique("b"));
        Person c = fixtures.person("Pair C " + Fixtures.unique("c"));
        LocalDateTime at = LocalDateTime.of(2001, 6, 5, 10, 0);
        kudos(a, b, 30, at);
        kudos(b, a, 10, at);
        kudos(b, c, 60, at);
        fixtures.signInAs(Role.HR);

        PairsView view = navigate(PairsView.class);
        assertThat(view.to.getValue()).isEqualTo(LocalDate.now(java.time.ZoneOffset.UTC));
        view.from.setValue(LocalDate.of(2001, 6, 4));
        view.to.setValue(LocalDate.of(2001, 6, 10));

        assertThat(view.pairs.isVisible()).isTrue();
        assertThat(test(view.pairs).size()).isEqualTo(1);
        ReciprocalPair pair = test(view.pairs).getRow(0);
        assertThat(pair.a().id()).isEqualTo(a.getId());
        assertThat(pair.shareOfBToA()).isEqualTo(1.0 / 2);
        assertThat(test(view.pairs).getCellText(0, 2)).isEqualTo("1 kudos · 30 points");
        assertThat(test(view.pairs).getCellText(0, 3)).isEqualTo("1 kudos · 10 points");
        assertThat(test(view.pairs).getCellText(0, 5)).isEqualTo("40%");
        assertThat(test(view.pairs).getCellComponent(0, 4).getElement().getTextRecursively())
                .isEqualTo("100% and 50%Mostly each other");
        assertThat(view.empty.isVisible()).isFalse();

        // a phone shows the same pair as a card: both names, then each figure under its label
        assertThat(view.cards.isVisible()).isTrue();
        assertThat($(ListItem.class, view.cards).all()).singleElement().satisfies(card -> {
            assertThat($(Anchor.class, card).all()).extracting(Anchor::getText).containsExactly(a.getDisplayName(), b.getDisplayName());
            assertThat(card.getChildren().skip(1).map(fact -> fact.getElement().getTextRecursively())).containsExactly(
                    "Gave the other1 kudos · 30 points",
                    "Got back1 kudos · 10 points",
                    "Share of each one's recognition100% and 50%Mostly each other",
                    "Share of all points40%");
        });

        view.from.setValue(LocalDate.of(2001, 6, 11));
        view.to.setValue(LocalDate.of(2001, 6, 12));
        assertThat(view.cards.isVisible()).isFalse();
        assertThat(view.pairs.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isTrue();

        view.from.setValue(LocalDate.of(2001, 6, 13));
        assertThat(view.from.isInvalid()).isTrue();
        assertThat(view.from.getErrorMessage()).isEqualTo("The end of the period comes before its start.");
    }
}
