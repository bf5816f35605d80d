package app.bravo.recognition;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.Person;
import app.bravo.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Recognition's events reach the inbox of the people concerned, after commit, through the event publication registry. */
@IntegrationTest
class RecognitionNotificationsTest {

    @Autowired KudosService kudos;
    @Autowired BigWinService bigWins;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private List<String> inbox(long personId) {
        return jdbc.sql("SELECT CONCAT(message_key, ' ', params, ' ', COALESCE(link, '')) FROM inbox_message WHERE person_id = :p ORDER BY id")
                .param("p", personId).query(String.class).list();
    }

    @Test
    void each_recipient_of_a_kudos_is_told_who_recognised_them_and_the_giver_is_not() {
        Person giver = fixtures.person("Notifying Giver");
        Person a = fixtures.person("First Recipient");
        Person b = fixtures.person("Second Recipient");
        fixtures.signIn(giver);

        kudos.give(KudosForm.of(List.of(a.getId(), b.getId()), "Thanks for the release night 🌙", Set.of(), 0));

        await().atMost(Duration.ofSeconds(20)).until(() -> inbox(a.getId()).size() == 1 && inbox(b.getId()).size() == 1);
        assertThat(inbox(a.getId()).getFirst()).startsWith("recognition.inbox.kudos ").contains("Notifying Giver")
                .endsWith("kudos?person=" + a.getId());
        assertThat(inbox(giver.getId())).isEmpty();
    }

    @Test
    void a_nomination_without_a_common_manager_reaches_hr_but_not_the_nominator() {
        Person nominator = fixtures.person("Nominating HR", Role.HR);
        Person hr = fixtures.person("Deciding HR", Role.HR);
        Person a = fixtures.person("Nominee");
        fixtures.signIn(nominator);
        long level = bigWins.awardLevels().getFirst().id();

        bigWins.nominate(new BigWinForm(List.of(a.getId()), level, List.of(), "Closed the year's biggest deal"));

        await().atMost(Duration.ofSeconds(20)).until(() -> !inbox(hr.getId()).isEmpty());
        assertThat(inbox(hr.getId()).getFirst()).startsWith("recognition.inbox.bigwin-to-decide ").contains("Nominating HR", "Nominee")
                .endsWith("kudos/approvals");
        assertThat(inbox(nominator.getId())).isEmpty();
    }
}
