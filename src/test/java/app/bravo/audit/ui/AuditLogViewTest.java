package app.bravo.audit.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditEntry;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired PeopleService people;

    @BeforeEach
    void signIn() {
        fixtures.signInAs(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void searching_and_choosing_an_action_narrows_the_log() {
        String email = Fixtures.unique("audited") + "@test.example";
        long id = people.create(new PersonForm(email, "Audited Person", null, null, null, null, Set.of(), null));
        people.update(id, new PersonForm(email, "Audited Person", null, null, null, null, Set.of(Role.HR), null));

        AuditLogView view = navigate(AuditLogView.class);
        Grid<AuditEntry> grid = view.grid;
        test(view.search).setValue(email);
        assertThat(test(grid).size()).isEqualTo(3); // created, roles changed, updated

        test(view.action).selectItem("Roles changed");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(view.action.getValue()).isEqualTo(AuditAction.ROLES_CHANGED);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Roles changed");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Person " + id);
        assertThat(test(grid).getCellText(0, 4)).contains(email).contains("HR");

        test(view.search).setValue(Fixtures.unique("nothing-like-this"));
        assertThat(test(grid).size()).isZero();
    }
}
