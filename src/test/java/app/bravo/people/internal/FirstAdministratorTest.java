package app.bravo.people.internal;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.people.TestAccess;
import app.bravo.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FirstAdministratorTest {

    @Autowired PersonRepository repository;
    @Autowired PeopleService people;
    @Autowired TransactionTemplate tx;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void a_fresh_install_gets_its_first_administrator_once() {
        // the shared test database may hold administrators of other tests: take them out of the way
        var others = tx.execute(s -> repository.findAll().stream()
                .filter(p -> p.isActive() && p.getRoles().contains(Role.ADMIN)).toList());
        tx.executeWithoutResult(s -> others.forEach(p -> {
            var fresh = repository.findById(p.getId()).orElseThrow();
            TestAccess.setActive(fresh, false);
        }));
        try {
            String email = Fixtures.unique("root") + "@test.example";
            new FirstAdministrator(repository, people, email, "tulip-harbour-47").run(new DefaultApplicationArguments());
            String second = Fixtures.unique("second") + "@test.example";
            new FirstAdministrator(repository, people, second, "tulip-harbour-47")
                    .run(new DefaultApplicationArguments());

            fixtures.signInAs(Role.ADMIN);
            long id = people.idOfEmail(email).orElseThrow();
            assertThat(people.find(id).orElseThrow().roles()).contains(Role.ADMIN);
            assertThat(repository.findByEmail(email).orElseThrow().getPasswordHash()).startsWith("{argon2}");
            assertThat(people.idOfEmail(second)).as("an administrator exists by then").isEmpty();
        } finally {
            tx.executeWithoutResult(s -> others.forEach(p -> TestAccess.setActive(repository.findById(p.getId()).orElseThrow(), true)));
        }
    }
}
