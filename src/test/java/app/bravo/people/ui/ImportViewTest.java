package app.bravo.people.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.security.Role;
import app.bravo.shared.csv.CsvProblem;
import app.bravo.shared.ui.CsvImportPageTest;
import app.bravo.shared.ui.CsvImportPanel;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ImportViewTest extends CsvImportPageTest<ImportView> {

    @Autowired PeopleService people;

    ImportViewTest() {
        super(ImportView.class, Role.ADMIN, view -> view.panel,
                "email,name,title,department,manager_email,hire_date,roles",
                "email,name,favourite_colour\n");
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
        CsvImportPanel<?> panel = open();

        uploadReadable(panel, csv);

        assertThat(panel.counts.getElement().getTextRecursively()).contains("Created").contains("1");
        Grid<CsvProblem> grid = panel.problems;
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("3");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("“06/05/2020” is not a date of the form year-month-day, such as 2024-03-01.");
        assertThat(test(grid).getCellText(1, 0)).isEqualTo("4");
        assertThat(test(grid).getCellText(1, 1)).isEqualTo("“not-an-email” is not a valid e-mail address.");
        assertThat(people.idOfEmail("good." + tag + "@test.example")).isPresent();
    }
}
