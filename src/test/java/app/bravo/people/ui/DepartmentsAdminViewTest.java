package app.bravo.people.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.DepartmentNode;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class DepartmentsAdminViewTest extends SpringBrowserlessTest {

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
    void a_sub_department_added_through_the_dialog_shows_under_its_parent() {
        var parent = fixtures.department("Engineering");
        String childName = Fixtures.unique("Platform");
        DepartmentsAdminView view = navigate(DepartmentsAdminView.class);
        assertThat(test(view.createSub).isUsable()).isFalse();

        view.tree.select(view.find(parent.getId()).orElseThrow());
        test(view.createSub).click();
        DepartmentEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.parent.getValue().id()).isEqualTo(parent.getId());
        test(editor.name).setValue(childName);
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        DepartmentNode child = view.tree.getTreeData().getChildren(view.find(parent.getId()).orElseThrow()).stream()
                .filter(n -> n.name().equals(childName)).findFirst().orElseThrow();
        assertThat(view.parentOf(child)).map(DepartmentNode::id).contains(parent.getId());
        assertThat(view.tree.isExpanded(view.find(parent.getId()).orElseThrow())).isTrue();
        assertThat(view.tree.getSelectedItems()).containsExactly(child);
    }

    @Test
    void a_department_can_be_renamed_and_moved_under_another() {
        var a = fixtures.department("Ops");
        var b = fixtures.department("Finance");
        String renamed = Fixtures.unique("Operations");
        DepartmentsAdminView view = navigate(DepartmentsAdminView.class);

        view.tree.select(view.find(a.getId()).orElseThrow());
        test(view.edit).click();
        DepartmentEditor editor = view.editor;
        assertThat(editor.parent.getListDataView().getItems().map(DepartmentNode::id)).doesNotContain(a.getId());
        test(editor.name).setValue(renamed);
        test(editor.parent).selectItem(b.getName());
        test(editor.save).click();

        DepartmentNode moved = view.find(a.getId()).orElseThrow();
        assertThat(moved.name()).isEqualTo(renamed);
        assertThat(view.parentOf(moved)).map(DepartmentNode::id).contains(b.getId());
    }

    @Test
    void deleting_a_department_with_people_shows_the_refusal_and_keeps_it() {
        var dept = fixtures.department("Legal");
        people.create(new PersonForm(Fixtures.unique("lee") + "@test.example", "Lee", null, dept.getId(), null, null, Set.of(), null));
        DepartmentsAdminView view = navigate(DepartmentsAdminView.class);
        assertThat(view.find(dept.getId()).orElseThrow().people()).isEqualTo(1);

        view.tree.select(view.find(dept.getId()).orElseThrow());
        test(view.delete).click();
        test(view.confirmDelete).confirm();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo(dept.getName() + " still has people or sub-departments; move them first.");
        assertThat(view.find(dept.getId())).isPresent();
        assertThat(people.departments()).extracting(DepartmentNode::id).contains(dept.getId());
    }

    @Test
    void an_empty_department_is_deleted_after_confirmation() {
        var dept = fixtures.department("Temp");
        DepartmentsAdminView view = navigate(DepartmentsAdminView.class);
        view.tree.select(view.find(dept.getId()).orElseThrow());
        test(view.delete).click();
        test(view.confirmDelete).confirm();

        assertThat(view.find(dept.getId())).isEmpty();
        assertThat(people.departments()).extracting(DepartmentNode::id).doesNotContain(dept.getId());
    }

    @Test
    void an_employee_cannot_open_the_departments_administration() {
        fixtures.signInAs();
        assertThatThrownBy(() -> navigate(DepartmentsAdminView.class)).hasMessageContaining("ErrorViews$Denied");
    }
}
