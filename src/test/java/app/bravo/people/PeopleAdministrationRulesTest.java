package app.bravo.people;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules the service keeps for departments and company values. */
@IntegrationTest
class PeopleAdministrationRulesTest {

    @Autowired PeopleService people;
    @Autowired Fixtures fixtures;

    @BeforeEach
    void signIn() {
        fixtures.signInAs(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private DepartmentNode node(long id) {
        return people.departments().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    @Test
    void a_department_cannot_move_under_its_own_sub_department() {
        long top = people.createDepartment(Fixtures.unique("Top"), null);
        long middle = people.createDepartment(Fixtures.unique("Middle"), top);
        long bottom = people.createDepartment(Fixtures.unique("Bottom"), middle);

        assertThatThrownBy(() -> people.updateDepartment(top, node(top).name(), bottom))
                .isInstanceOf(UserError.class).hasMessage("departments.error.cycle");
        assertThatThrownBy(() -> people.updateDepartment(top, node(top).name(), top))
                .isInstanceOf(UserError.class).hasMessage("departments.error.cycle");
        assertThat(node(top).parentId()).isNull();
    }

    @Test
    void a_department_with_people_or_sub_departments_cannot_be_deleted() {
        long withChild = people.createDepartment(Fixtures.unique("Parent"), null);
        long child = people.createDepartment(Fixtures.unique("Child"), withChild);
        long withPerson = people.createDepartment(Fixtures.unique("Staffed"), null);
        people.create(new PersonForm(Fixtures.unique("d") + "@test.example", "Dana", null, withPerson, null, null, Set.of(), null));

        assertThatThrownBy(() -> people.deleteDepartment(withChild))
                .isInstanceOf(UserError.class).hasMessage("departments.error.not-empty");
        assertThatThrownBy(() -> people.deleteDepartment(withPerson))
                .isInstanceOf(UserError.class).hasMessage("departments.error.not-empty");

        people.deleteDepartment(child);
        people.deleteDepartment(withChild);
        assertThat(people.departments()).extracting(DepartmentNode::id)
                .doesNotContain(child, withChild).contains(withPerson);
    }

    @Test
    void a_department_name_is_unique() {
        String name = Fixtures.unique("Unique");
        people.createDepartment(name, null);
        assertThatThrownBy(() -> people.createDepartment("  " + name + " ", null))
                .isInstanceOf(UserError.class).hasMessage("departments.error.name-taken");
    }

    @Test
    void a_value_name_is_unique_when_created_and_when_renamed() {
        String first = Fixtures.unique("Honesty");
        String second = Fixtures.unique("Humility");
        people.createValue(first, "");
        long other = people.createValue(second, "");

        assertThatThrownBy(() -> people.createValue(first, "again"))
                .isInstanceOf(UserError.class).hasMessage("values.error.name-taken");
        assertThatThrownBy(() -> people.updateValue(other, first, "", 1, true))
                .isInstanceOf(UserError.class).hasMessage("values.error.name-taken");
    }

    @Test
    void a_retired_value_is_hidden_from_employees_but_listed_for_administrators() {
        String name = Fixtures.unique("Retired");
        long id = people.createValue(name, "Old");
        people.updateValue(id, name, "Old", 99, false);
        assertThat(people.values()).filteredOn(v -> v.id() == id).extracting(ValueView::active).containsExactly(false);

        fixtures.signInAs();
        assertThat(people.values()).extracting(ValueView::id).doesNotContain(id);
    }

    @Test
    void an_employee_cannot_change_departments_or_values() {
        fixtures.signInAs();
        assertThatThrownBy(() -> people.createDepartment(Fixtures.unique("No"), null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> people.createValue(Fixtures.unique("No"), ""))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
