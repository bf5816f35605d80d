package app.bravo.security;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DeactivationEndsSessionsTest {

    @Autowired PeopleService people;
    @Autowired ActiveSessions sessions;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void deactivating_a_person_ends_all_their_open_sessions_at_once() {
        var person = fixtures.person("Leaving Soon");
        var laptop = new MockHttpSession();
        var phone = new MockHttpSession();
        var someoneElse = new MockHttpSession();
        sessions.register(person.getId(), laptop);
        sessions.register(person.getId(), phone);
        sessions.register(fixtures.person("Staying").getId(), someoneElse);

        fixtures.signInAs(Role.ADMIN);
        people.deactivate(person.getId());

        assertThat(laptop.isInvalid()).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(someoneElse.isInvalid()).isFalse();
        assertThat(sessions.openSessions(person.getId())).isZero();
    }
}
