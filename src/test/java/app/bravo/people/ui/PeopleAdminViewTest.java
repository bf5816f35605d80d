package app.bravo.people.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonSummary;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PeopleAdminViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired PeopleService people;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void a_person_created_through_the_dialog_can_be_found_in_the_directory() {
        fixtures.signInAs(Role.ADMIN);
        var dept = fixtures.department("Support");
        String name = Fixtures.unique("Nadia");
        String email = Fixtures.unique("nadia") + "@test.example";

        PeopleAdminView view = navigate(PeopleAdminView.class);
        test(view.create).click();
        PersonEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.roles.getValue()).containsExactly(Role.EMPLOYEE);
        test(editor.email).setValue(email);
        test(editor.name).setValue(name);
        test(editor.jobTitle).setValue("Support engineer");
        test(editor.department).selectItem(dept.getName());
        test(editor.roles).selectItem("Manager");
        test(editor.password).setValue("a long and unusual pass phrase");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        var found = people.search(name, dept.getId(), false, PageRequest.of(0, 5)).getContent();
        assertThat(found).extracting(PersonSummary::email).containsExactly(email);
        var details = people.find(found.getFirst().id()).orElseThrow();
        assertThat(details.jobTitle()).isEqualTo("Support engineer");
        assertThat(details.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(name + " has been added.");

        test(view.search).setValue(name);
        assertThat(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    void an_invalid_email_shows_an_error_and_keeps_the_dialog_open() {
        fixtures.signInAs(Role.ADMIN);
        String name = Fixtures.unique("Omid");
        PeopleAdminView view = navigate(PeopleAdminView.class);
        test(view.create).click();
        PersonEditor editor = view.editor;
        test(editor.email).setValue("not-an-address");
        test(editor.name).setValue(name);
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.email.isInvalid()).isTrue();
        assertThat(editor.email.getErrorMessage()).isEqualTo("This is not an e-mail address; write it like name@example.com.");
        assertThat(editor.name.getValue()).isEqualTo(name);
        assertThat(people.search(name, null, true, PageRequest.of(0, 5)).getContent()).isEmpty();
    }

    @Test
    void an_email_in_use_is_refused_in_the_dialog_without_losing_what_was_typed() {
        fixtures.signInAs(Role.ADMIN);
        var existing = fixtures.person(Fixtures.unique("Existing"));
        String name = Fixtures.unique("Parisa");
        PeopleAdminView view = navigate(PeopleAdminView.class);
        test(view.create).click();
        PersonEditor editor = view.editor;
        test(editor.email).setValue(existing.getEmail());
        test(editor.name).setValue(name);
        test(editor.jobTitle).setValue("Analyst");
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.email.isInvalid()).isTrue();
        assertThat(editor.error.getMessage()).isEqualTo("Someone already uses the e-mail address " + existing.getEmail() + ".");
        assertThat(editor.name.getValue()).isEqualTo(name);
        assertThat(editor.jobTitle.getValue()).isEqualTo("Analyst");
    }

    @Test
    void a_common_password_is_refused_next_to_the_password_field() {
        fixtures.signInAs(Role.ADMIN);
        var p = fixtures.person(Fixtures.unique("Kian"));
        PeopleAdminView view = navigate(PeopleAdminView.class);
        test(view.search).setValue(p.getDisplayName());
        test(view.grid).clickRow(0);
        PersonEditor editor = view.editor;
        test(editor.password).setValue("password123");
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.password.isInvalid()).isTrue();
        assertThat(editor.password.getErrorMessage()).startsWith("This password is among the most common ones");
    }

    @Test
    void deactivating_through_the_dialog_deactivates_the_person_after_confirmation() {
        fixtures.signInAs(Role.ADMIN);
        var p = fixtures.person(Fixtures.unique("Sara"));
        PeopleAdminView view = navigate(PeopleAdminView.class);
        test(view.search).setValue(p.getDisplayName());
        test(view.grid).clickRow(0);

        PersonEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.email.getValue()).isEqualTo(p.getEmail());
        assertThat(editor.reactivate.isVisible()).isFalse();
        test(editor.deactivate).click();
        assertThat(people.find(p.getId()).orElseThrow().active()).isTrue();
        test(editor.confirm).confirm();

        assertThat(people.find(p.getId()).orElseThrow().active()).isFalse();
        assertThat(editor.isOpened()).isFalse();

        test(view.showInactive).click();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).active()).isFalse();
        test(view.grid).clickRow(0);
        assertThat(editor.reactivate.isVisible()).isTrue();
        assertThat(editor.deactivate.isVisible()).isFalse();
    }

    @Test
    void an_employee_cannot_open_the_people_administration() {
        fixtures.signInAs();
        assertThatThrownBy(() -> navigate(PeopleAdminView.class))
                .hasMessageContaining("ErrorViews$Denied");
        assertThat(getCurrentView()).isNotInstanceOf(PeopleAdminView.class);
    }
}
