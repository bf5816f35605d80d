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
        String persian = Fixtures.unique("شجاعت");
        test(editor.name).setValue(name);
        test(editor.nameFa).setValue(persian);
        test(editor.description).setValue("We speak up.");
        test(editor.descriptionFa).setValue("حرفمان را می‌زنیم.");
        test(editor.save).click();

        assertThat(editor.isOpened()).isFalse();
        ValueView v = row(view, name);
        assertThat(v).isNotNull();
        assertThat(v.description()).isEqualTo("We speak up.");
        assertThat(v.nameFa()).isEqualTo(persian);
        assertThat(v.descriptionFa()).isEqualTo("حرفمان را می‌زنیم.");
        assertThat(v.active()).isTrue();
        assertThat(people.values()).extracting(ValueView::name).contains(name);
    }

    @Test
    void a_value_can_be_retired_and_its_text_changed() {
        String name = Fixtures.unique("Speed");
        long id = people.createValue(name, Fixtures.unique("سرعت"), "Fast.", "تند.");
        ValuesAdminView view = navigate(ValuesAdminView.class);
        int index = view.grid.getListDataView().getItems().map(ValueView::id).toList().indexOf(id);
        test(view.grid).clickRow(index);
        ValueEditor editor = view.editor;
        assertThat(editor.name.getValue()).isEqualTo(name);
        test(editor.description).setValue("Fast and careful.");
        test(editor.descriptionFa).setValue("تند و با دقت.");
        test(editor.active).click();
        test(editor.save).click();

        ValueView v = row(view, name);
        assertThat(v.active()).isFalse();
        assertThat(v.description()).isEqualTo("Fast and careful.");
        assertThat(v.descriptionFa()).isEqualTo("تند و با دقت.");
    }

    @Test
    void a_duplicate_value_name_is_refused_in_the_dialog() {
        String name = Fixtures.unique("Trust");
        people.createValue(name, Fixtures.unique("اعتماد"), "", "");
        ValuesAdminView view = navigate(ValuesAdminView.class);
        test(view.create).click();
        ValueEditor editor = view.editor;
        test(editor.name).setValue(name);
        test(editor.nameFa).setValue(Fixtures.unique("اعتماد"));
        test(editor.description).setValue("Again");
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.error.getMessage()).isEqualTo("There is already a value called " + name + ".");
        assertThat(editor.description.getValue()).isEqualTo("Again");
    }

    @Test
    void the_persian_fields_are_written_right_to_left_and_a_missing_persian_name_is_refused() {
        String name = Fixtures.unique("Care");
        ValuesAdminView view = navigate(ValuesAdminView.class);
        test(view.create).click();
        ValueEditor editor = view.editor;
        assertThat(editor.nameFa.getElement().getAttribute("dir")).isEqualTo("rtl");
        assertThat(editor.descriptionFa.getElement().getAttribute("dir")).isEqualTo("rtl");
        test(editor.name).setValue(name);
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.nameFa.isInvalid()).isTrue();
        assertThat(editor.nameFa.getErrorMessage()).isEqualTo("Enter the value’s name in Persian.");
        assertThat(editor.name.isInvalid()).isFalse();
        assertThat(people.values()).extracting(ValueView::name).doesNotContain(name);
    }

    @Test
    void a_taken_persian_name_is_marked_on_the_persian_field() {
        String persian = Fixtures.unique("اعتماد");
        people.createValue(Fixtures.unique("Trust"), persian, "", "");
        ValuesAdminView view = navigate(ValuesAdminView.class);
        test(view.create).click();
        ValueEditor editor = view.editor;
        test(editor.name).setValue(Fixtures.unique("Faith"));
        test(editor.nameFa).setValue(persian);
        test(editor.save).click();

        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.nameFa.isInvalid()).isTrue();
        assertThat(editor.name.isInvalid()).isFalse();
        assertThat(editor.error.getMessage()).isEqualTo("There is already a value whose Persian name is " + persian + ".");
    }
}
