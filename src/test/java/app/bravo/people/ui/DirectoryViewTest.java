package app.bravo.people.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PersonSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DirectoryViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;

    @BeforeEach
    void signIn() {
        fixtures.signInAs();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void typing_a_name_narrows_the_directory_to_matching_people() {
        String marker = Fixtures.unique("Quinn");
        fixtures.person(marker + " Adams");
        fixtures.person(marker + " Baker");
        fixtures.person("Someone Else");

        DirectoryView view = navigate(DirectoryView.class);
        test(view.search).setValue(marker);

        @SuppressWarnings("unchecked")
        Grid<PersonSummary> grid = view.grid;
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getRow(0).displayName()).isEqualTo(marker + " Adams");
    }

    @Test
    void clicking_a_person_opens_their_profile() {
        var p = fixtures.person(Fixtures.unique("Robin"));
        DirectoryView view = navigate(DirectoryView.class);
        test(view.search).setValue(p.getDisplayName());
        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ProfileView.class);
        assertThat(((ProfileView) getCurrentView()).name.getText()).isEqualTo(p.getDisplayName());
    }

    @Test
    void leaving_the_directory_removes_its_window_resize_listener() throws ReflectiveOperationException {
        navigate(app.bravo.home.HomeView.class);
        int before = resizeListeners();
        for (int i = 0; i < 3; i++) {
            navigate(DirectoryView.class);
            assertThat(resizeListeners()).isEqualTo(before + 1);
            navigate(app.bravo.home.HomeView.class);
            assertThat(resizeListeners()).as("after leaving the directory %d times", i + 1).isEqualTo(before);
        }
    }

    /** Page keeps its resize listeners in a private list; no public method counts them. */
    private static int resizeListeners() throws ReflectiveOperationException {
        var field = com.vaadin.flow.component.page.Page.class.getDeclaredField("resizeListeners");
        field.setAccessible(true);
        var listeners = (java.util.List<?>) field.get(com.vaadin.flow.component.UI.getCurrent().getPage());
        return listeners == null ? 0 : listeners.size();
    }
}
