package app.bravo.wall.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.security.Role;
import app.bravo.shared.csv.CsvProblem;
import app.bravo.shared.ui.CsvImportPageTest;
import app.bravo.shared.ui.CsvImportPanel;
import app.bravo.wall.FeedbackService;
import app.bravo.wall.FeedbackSource;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class FeedbackImportViewTest extends CsvImportPageTest<FeedbackImportView> {

    @Autowired FeedbackService feedback;

    FeedbackImportViewTest() {
        super(FeedbackImportView.class, Role.MODERATOR, view -> view.panel,
                "quote,customer_name,company,channel,score,score_type,received_on,credited,departments,tags,external_id",
                "quote,favourite_colour\n");
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
        CsvImportPanel<?> panel = open();

        uploadReadable(panel, csv);

        assertThat(panel.counts.getElement().getTextRecursively()).contains("Notes waiting for moderation").contains("1");
        Grid<CsvProblem> grid = panel.problems;
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
}
