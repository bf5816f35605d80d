package app.bravo.people.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.ImportProblem;
import app.bravo.people.PeopleService;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ImportViewTest extends SpringBrowserlessTest {

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

    ImportView open() {
        ImportView view = navigate(ImportView.class);
        view.importRun.executor = Runnable::run;
        return view;
    }

    @Test
    void uploading_a_file_imports_the_good_lines_and_lists_each_bad_line_with_its_reason() {
        String tag = Fixtures.unique("view");
        String csv = """
                email,name,hire_date
                good.%1$s@test.example,Good Line,2020-05-06
                bad.%1$s@test.example,Bad Date,06/05/2020
                not-an-email,Bad Mail,
                """.formatted(tag);
        ImportView view = open();

        test(view.upload).upload("people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(view.result.isVisible()).isTrue();
        assertThat(view.importRun.progressBox.isVisible()).isFalse();
        assertThat(view.upload.isEnabled()).isTrue();
        assertThat(view.counts.getElement().getTextRecursively()).contains("Created").contains("1");
        Grid<ImportProblem> grid = view.problems;
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("“06/05/2020” is not a date of the form year-month-day, such as 2024-03-01.");
        assertThat(test(grid).getCellText(1, 0)).isEqualTo("4");
        assertThat(test(grid).getCellText(1, 1)).isEqualTo("“not-an-email” is not a valid e-mail address.");
        assertThat(people.idOfEmail("good." + tag + "@test.example")).isPresent();
    }

    @Test
    void a_file_that_cannot_be_read_shows_a_message_and_no_stack_trace() {
        ImportView view = open();

        test(view.upload).upload("people.csv", "text/csv", "email,name,favourite_colour\n".getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(view.importRun.error.isVisible()).isTrue();
        assertThat(view.importRun.error.getText()).startsWith("The file was not imported: Unknown column “favourite_colour”.")
                .doesNotContain("Exception");
        assertThat(view.result.isVisible()).isFalse();
        assertThat(view.upload.isEnabled()).isTrue();
    }

    @Test
    void an_employee_cannot_open_the_import() {
        fixtures.signInAs();
        try {
            navigate(ImportView.class);
        } catch (RuntimeException refused) {
            // Either way the import view must not be what the employee sees.
        }
        assertThat(getCurrentView()).isNotInstanceOf(ImportView.class);
    }

    @Test
    void the_template_download_is_a_file_the_import_accepts() {
        ImportView view = open();
        var out = new ByteArrayOutputStream();
        test(view.template).download(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("email,name,title,department,manager_email,hire_date,roles\n");
    }
}
