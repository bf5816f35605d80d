package app.bravo.people.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.people.ValueView;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ValuesAdminViewTest extends SpringBrowserlessTest {

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

    private static ValueView row(ValuesAdminView view, String name) {
        var grid = view.grid;
        return grid.getListDataView().getItems().filter(v -> v.name().equals(name)).findFirst().orElse(null);
    }

    @Test
    void a_value_added_through_the_dialog_appears_in_the_list() {
        String name = Fixtures.unique("Courage");
        ValuesAdminView view = navigate(ValuesAdminView.class);
        test(view.create).click();
        ValueEditor editor = view.editor;
        assertThat(editor.isOpened()).isTrue();
        test(editor.name).setValue(name);
        test(editor.description).setValue("We speak up.");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        ValueView v = row(view, name);
        assertThat(v).isNotNull();
        assertThat(v.description()).isEqualTo("We speak up.");
        assertThat(v.active()).isTrue();
        assertThat(people.values()).extracting(ValueView::name).contains(name);
    }

    @Test
    void a_value_can_be_retired_and_its_text_changed() {
        String name = Fixtures.unique("Speed");
        long id = people.createValue(name, "Fast.");
        ValuesAdminView view = navigate(ValuesAdminView.class);
        int index = view.grid.getListDataView().getItems().map(ValueView::id).toList().indexOf(id);
        test(view.grid).clickRow(index);
        ValueEditor editor = view.editor;
        assertThat(editor.name.getValue()).isEqualTo(name);
        test(editor.description).setValue("Fast and careful.");
        test(editor.active).click();
        test(editor.save).click();

        ValueView v = row(view, name);
        assertThat(v.active()).isFalse();
        assertThat(v.description()).isEqualTo("Fast and careful.");
    }

    @Test
    void a_duplicate_value_name_is_refused_in_the_dialog() {
        String name = Fixtures.unique("Trust");
        people.createValue(name, "");
        ValuesAdminView view = navigate(ValuesAdminView.class);
        test(view.create).click();
        ValueEditor editor = view.editor;
        test(editor.name).setValue(name);
        test(editor.description).setValue("Again");
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.error.getMessage()).isEqualTo("There is already a value called " + name + ".");
        assertThat(editor.description.getValue()).isEqualTo("Again");
    }
}
