package app.bravo.security;

import app.bravo.Fixtures;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import java.util.Set;

/** People who can sign in through the real form, made the way an administrator makes them. */
public final class Accounts {

    private Accounts() {
    }

    /** A new active person with this password and these roles; returns their e-mail. */
    public static String create(Fixtures fixtures, PeopleService people, String prefix, String password, Set<Role> roles) {
        fixtures.signInAs(Role.ADMIN);
        try {
            String email = Fixtures.unique(prefix) + "@test.example";
            people.create(new PersonForm(email, "Tester " + prefix, null, null, null, null, roles, password));
            return email;
        } finally {
            Fixtures.signOut();
        }
    }
}
