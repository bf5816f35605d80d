package app.bravo.shared.ui;

import app.bravo.Fixtures;
import app.bravo.security.Role;
import app.bravo.shell.ErrorPages;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every import page built on {@link CsvImportPanel} does, tested once for each page: a subclass
 * describes its page in its constructor and adds its own tests.
 */
public abstract class CsvImportPageTest<V extends Component> extends SpringBrowserlessTest {

    @Autowired protected Fixtures fixtures;

    private final Class<V> page;
    private final Role importer;
    private final Function<V, CsvImportPanel<?>> panel;
    private final String templateHeader;
    private final String unknownColumnFile;

    /**
     * The page, a role that may use it (a plain employee may not), where its panel is, the header
     * line its template starts with, and a file with a column it does not know, {@code favourite_colour}.
     */
    protected CsvImportPageTest(Class<V> page, Role importer, Function<V, CsvImportPanel<?>> panel, String templateHeader,
                                String unknownColumnFile) {
        this.page = page;
        this.importer = importer;
        this.panel = panel;
        this.templateHeader = templateHeader;
        this.unknownColumnFile = unknownColumnFile;
    }

    @BeforeEach
    void signInAsImporter() {
        fixtures.signInAs(importer);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /** Opens the page with its import running on the test's thread. */
    protected CsvImportPanel<?> open() {
        CsvImportPanel<?> panel = this.panel.apply(navigate(page));
        panel.importRun.executor = Runnable::run;
        return panel;
    }

    protected void upload(CsvImportPanel<?> panel, String csv) {
        test(panel.upload).upload("import.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        roundTrip();
    }

    /** Uploads a readable file: the report shows, the progress is gone, and the next file may come. */
    protected void uploadReadable(CsvImportPanel<?> panel, String csv) {
        upload(panel, csv);
        assertThat(panel.result.isVisible()).isTrue();
        assertThat(panel.importRun.progressBox.isVisible()).isFalse();
        assertThat(panel.upload.isEnabled()).isTrue();
    }

    @Test
    void a_file_that_cannot_be_read_shows_a_message_and_no_stack_trace() {
        CsvImportPanel<?> panel = open();

        upload(panel, unknownColumnFile);

        assertThat(panel.importRun.error.isVisible()).isTrue();
        assertThat(panel.importRun.error.getText()).startsWith("The file was not imported: Unknown column “favourite_colour”.")
                .doesNotContain("Exception");
        assertThat(panel.result.isVisible()).isFalse();
        assertThat(panel.upload.isEnabled()).isTrue();
    }

    @Test
    void the_template_download_is_a_file_the_import_accepts() {
        CsvImportPanel<?> panel = open();
        var out = new ByteArrayOutputStream();
        test(panel.template).download(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(templateHeader + "\n");
    }

    @Test
    void an_employee_cannot_open_the_import() {
        fixtures.signInAs();
        ErrorPages.assertDenied(() -> navigate(page), page);
        assertThat(getCurrentView()).isInstanceOf(ErrorPages.DENIED);
    }
}
