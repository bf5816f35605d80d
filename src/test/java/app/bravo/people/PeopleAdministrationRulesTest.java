package app.bravo.people;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.util.Locale;
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
        people.createValue(first, "صداقت " + first, "", "");
        long other = people.createValue(second, "فروتنی " + second, "", "");

        assertThatThrownBy(() -> people.createValue(first, Fixtures.unique("دیگر"), "again", ""))
                .isInstanceOf(UserError.class).hasMessage("values.error.name-taken");
        assertThatThrownBy(() -> people.updateValue(other, first, "فروتنی " + second, "", "", 1, true))
                .isInstanceOf(UserError.class).hasMessage("values.error.name-taken");
    }

    @Test
    void a_value_persian_name_is_unique_when_created_and_when_renamed() {
        String persian = Fixtures.unique("صداقت");
        people.createValue(Fixtures.unique("Honesty"), persian, "", "");
        long other = people.createValue(Fixtures.unique("Candour"), Fixtures.unique("رک‌گویی"), "", "");

        assertThatThrownBy(() -> people.createValue(Fixtures.unique("Truth"), "  " + persian + " ", "", ""))
                .isInstanceOf(UserError.class).hasMessage("values.error.persian-name.taken");
        assertThatThrownBy(() -> people.updateValue(other, Fixtures.unique("Candour"), persian, "", "", 1, true))
                .isInstanceOf(UserError.class).hasMessage("values.error.persian-name.taken");
    }

    @Test
    void a_value_persian_name_that_is_blank_or_too_long_is_refused() {
        assertThatThrownBy(() -> people.createValue(Fixtures.unique("Blank"), "   ", "", ""))
                .isInstanceOf(UserError.class).hasMessage("values.error.persian-name.required");
        String tooLong = "ش".repeat(CompanyValue.NAME_MAX + 1);
        assertThatThrownBy(() -> people.createValue(Fixtures.unique("Long"), tooLong, "", ""))
                .isInstanceOf(UserError.class).hasMessage("values.error.persian-name.too-long");
        long id = people.createValue(Fixtures.unique("Fine"), Fixtures.unique("خوب"), "", "");
        assertThatThrownBy(() -> people.updateValue(id, Fixtures.unique("Fine"), "", "", "", 1, true))
                .isInstanceOf(UserError.class).hasMessage("values.error.persian-name.required");
        String longDescription = "ش".repeat(CompanyValue.DESCRIPTION_MAX + 1);
        assertThatThrownBy(() -> people.updateValue(id, Fixtures.unique("Fine"), Fixtures.unique("خوب"), "", longDescription, 1, true))
                .isInstanceOf(UserError.class).hasMessage("values.error.persian-description.too-long");
    }

    @Test
    void a_value_persian_name_of_exactly_the_limit_is_kept_with_its_words_as_typed() {
        String tag = Fixtures.unique("x");
        String persian = tag + "ش".repeat(CompanyValue.NAME_MAX - tag.length());
        long id = people.createValue(Fixtures.unique("Limit"), " " + persian + " ", "Words.", "  واژه‌ها، با نیم‌فاصله.\nخط دوم ");
        ValueView v = people.values().stream().filter(x -> x.id() == id).findFirst().orElseThrow();
        assertThat(v.nameFa()).isEqualTo(persian);
        assertThat(v.descriptionFa()).isEqualTo("واژه‌ها، با نیم‌فاصله.\nخط دوم");
    }

    @Test
    void a_value_is_shown_in_persian_to_a_persian_reader_and_in_english_to_an_english_one() {
        String english = Fixtures.unique("Courage");
        String persian = Fixtures.unique("شجاعت");
        long id = people.createValue(english, persian, "We speak up.", "حرفمان را می‌زنیم.");
        ValueView v = people.values().stream().filter(x -> x.id() == id).findFirst().orElseThrow();

        assertThat(v.name(Locale.forLanguageTag("fa"))).isEqualTo(persian);
        assertThat(v.description(Locale.forLanguageTag("fa-IR"))).isEqualTo("حرفمان را می‌زنیم.");
        assertThat(v.name(Locale.ENGLISH)).isEqualTo(english);
        assertThat(v.description(Locale.UK)).isEqualTo("We speak up.");
        assertThat(v.name(Locale.GERMAN)).as("a language Bravo does not speak reads English").isEqualTo(english);
    }

    @Test
    void an_employee_cannot_change_departments_or_values() {
        fixtures.signInAs();
        assertThatThrownBy(() -> people.createDepartment(Fixtures.unique("No"), null))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> people.createValue(Fixtures.unique("No"), Fixtures.unique("نه"), "", ""))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
