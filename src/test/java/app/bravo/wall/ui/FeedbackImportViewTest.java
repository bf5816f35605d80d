package app.bravo.wall.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.security.Role;
import app.bravo.wall.FeedbackImportProblem;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.FeedbackSource;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FeedbackImportViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired FeedbackService feedback;

    @BeforeEach
    void signIn() {
        fixtures.signInAs(Role.MODERATOR);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    FeedbackImportView open() {
        FeedbackImportView view = navigate(FeedbackImportView.class);
        view.importRun.executor = Runnable::run;
        return view;
    }

    @Test
    void uploading_a_file_imports_the_good_lines_and_lists_each_bad_line_with_its_reason() {
        String tag = Fixtures.unique("view");
        String csv = """
                quote,channel,score,score_type
                "Good line %1$s",EMAIL,5,CSAT
                "Bad score %1$s",EMAIL,7,CSAT
                "<script>alert(1)</script>",FAX,,
                """.formatted(tag);
        FeedbackImportView view = open();

        test(view.upload).upload("feedback.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(view.result.isVisible()).isTrue();
        assertThat(view.importRun.progressBox.isVisible()).isFalse();
        assertThat(view.upload.isEnabled()).isTrue();
        assertThat(view.counts.getElement().getTextRecursively()).contains("Notes waiting for moderation").contains("1");
        Grid<FeedbackImportProblem> grid = view.problems;
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("score");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("A CSAT score is a whole number from 1 to 5.");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Not imported");
        assertThat(test(grid).getCellText(1, 0)).isEqualTo("4");
        assertThat(test(grid).getCellText(1, 2)).startsWith("“FAX” is not allowed here.");
        assertThat(feedback.pending(PageRequest.of(0, 200)).getContent()).anySatisfy(p -> {
            assertThat(p.note().quote()).isEqualTo("Good line " + tag);
            assertThat(p.note().source()).isEqualTo(FeedbackSource.CSV);
        });
    }

    @Test
    void a_file_that_cannot_be_read_shows_a_message_and_no_stack_trace() {
        FeedbackImportView view = open();

        test(view.upload).upload("feedback.csv", "text/csv", "quote,favourite_colour\n".getBytes(StandardCharsets.UTF_8));
        roundTrip();

        assertThat(view.importRun.error.isVisible()).isTrue();
        assertThat(view.importRun.error.getText()).startsWith("The file was not imported: Unknown column “favourite_colour”.")
                .doesNotContain("Exception");
        assertThat(view.result.isVisible()).isFalse();
    }

    @Test
    void the_template_download_is_a_file_the_import_accepts() {
        FeedbackImportView view = open();
        var out = new ByteArrayOutputStream();
        test(view.template).download(out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("quote,customer_name,company,channel,score,score_type,received_on,credited,departments,tags,external_id\n");
    }

    @Test
    void an_employee_cannot_open_the_import() {
        fixtures.signInAs();
        try {
            navigate(FeedbackImportView.class);
        } catch (RuntimeException refused) {
            // Either way the import view must not be what the employee sees.
        }
        assertThat(getCurrentView()).isNotInstanceOf(FeedbackImportView.class);
    }
}
