package app.bravo.people.ui;

import app.bravo.shared.ui.UploadTexts;
import app.bravo.people.ImportProblem;
import app.bravo.people.ImportReport;
import app.bravo.people.PeopleImport;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The directory import for administrators: the file format, a template, the upload, a progress
 * bar while the import runs in the background, then the counts and every bad line with its reason.
 */
@Route("admin/import")
@Menu(title = "nav.admin.import", icon = "vaadin:upload", order = 83)
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/import.css")
public class ImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);

    final Anchor template;
    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div progressBox = new Div(progressText, progress);
    final Paragraph error = new Paragraph();
    final H3 summaryTitle = new H3();
    final Div counts = new Div();
    final Paragraph newDepartments = new Paragraph();
    final H3 problemsTitle = new H3();
    final Grid<ImportProblem> problems = new Grid<>();
    final Section result = new Section();
    final Details format = new Details();

    /** Where the import runs; a test may run it on its own thread. */
    Executor executor = task -> Thread.ofVirtual().name("people-import").start(task);

    private final transient PeopleImport importer;
    private final transient SecurityContext security;

    ImportView(PeopleImport importer) {
        this.importer = importer;
        // The import outlives the upload request, so it carries its own copy of who started it.
        this.security = SecurityContextHolder.createEmptyContext();
        this.security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        addClassNames("view", "import-view");

        byte[] templateCsv = PeopleImport.template().getBytes(StandardCharsets.UTF_8);
        template = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(templateCsv), "bravo-people-template.csv", "text/csv", templateCsv.length)),
                AttachmentType.DOWNLOAD, getTranslation("import.template"));
        template.addClassName("template-link");

        var handler = new InMemoryUploadHandler((metadata, data) -> start(metadata.fileName(), data)) {
            @Override
            public long getFileSizeMax() {
                return PeopleImport.MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return PeopleImport.MAX_BYTES + 64 * 1024;
            }
        };
        upload.setUploadHandler(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PeopleImport.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setI18n(UploadTexts.of(this));
        upload.getElement().setAttribute("aria-label", getTranslation("upload.label"));
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));

        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-label", getTranslation("import.progress.label"));
        progressBox.addClassName("import-progress");
        progressBox.setVisible(false);

        error.addClassName("import-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        counts.addClassName("import-counts");
        problemsTitle.setText(getTranslation("import.problems.title"));
        problems.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(p -> getTranslation("import.line", p.line())).setHeader(getTranslation("import.column.line"))
                .setWidth("6em").setFlexGrow(0);
        problems.addColumn(this::reason).setHeader(getTranslation("import.column.reason")).setFlexGrow(1);
        problems.setEmptyStateText(getTranslation("import.problems.none"));
        problems.addClassName("import-problems");
        result.add(summaryTitle, counts, newDepartments, problemsTitle, problems);
        result.addClassName("import-result");
        result.setVisible(false);

        format.setSummaryText(getTranslation("import.format.title"));
        format.add(formatList());
        format.setOpened(true);
        format.addClassName("import-format");
        add(new Paragraph(getTranslation("import.intro")), format, template, upload, progressBox, error, result);
    }

    private Component formatList() {
        return new UnorderedList(
                new ListItem(getTranslation("import.format.header", String.join(", ", PeopleImport.COLUMNS))),
                new ListItem(getTranslation("import.format.encoding")),
                new ListItem(getTranslation("import.format.roles")),
                new ListItem(getTranslation("import.format.dates")),
                new ListItem(getTranslation("import.format.manager")),
                new ListItem(getTranslation("import.format.upsert")),
                new ListItem(getTranslation("import.format.limits", PeopleImport.MAX_BYTES / (1024 * 1024), PeopleImport.MAX_LINES)));
    }

    /** Starts an import of these bytes in the background; called on the UI thread. */
    void start(String fileName, byte[] data) {
        UI ui = UI.getCurrent();
        upload.setEnabled(false);
        error.setVisible(false);
        result.setVisible(false);
        progress.setIndeterminate(true);
        progressText.setText(getTranslation("import.progress.reading", fileName));
        progressBox.setVisible(true);
        executor.execute(new DelegatingSecurityContextRunnable(() -> run(ui, fileName, data), security));
    }

    private void run(UI ui, String fileName, byte[] data) {
        try {
            ImportReport report = importer.importCsv(fileName, data,
                    (done, total) -> access(ui, () -> showProgress(done, total)));
            access(ui, () -> showReport(fileName, report));
        } catch (UserError e) {
            access(ui, () -> finish(() -> showError(getTranslation("import.refused", getTranslation(e.key(), e.args())))));
        } catch (RuntimeException e) {
            log.error("The import of {} failed", fileName, e);
            access(ui, () -> finish(() -> showError(getTranslation("import.failed"))));
        }
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // The administrator has left the page; the import goes on and its summary is in the audit log.
        }
    }

    private void showProgress(int done, int total) {
        progress.setIndeterminate(false);
        progress.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(getTranslation("import.progress", done, total));
    }

    private void showReport(String fileName, ImportReport report) {
        finish(() -> {
            summaryTitle.setText(getTranslation("import.summary.title", fileName));
            counts.removeAll();
            counts.add(count("import.summary.created", report.created(), VaadinIcon.PLUS_CIRCLE_O),
                    count("import.summary.updated", report.updated(), VaadinIcon.EDIT),
                    count("import.summary.unchanged", report.unchanged(), VaadinIcon.CHECK_CIRCLE_O),
                    count("import.summary.bad-lines", report.badLines(), VaadinIcon.WARNING));
            newDepartments.setText(getTranslation("import.summary.departments", String.join(", ", report.newDepartments())));
            newDepartments.setVisible(!report.newDepartments().isEmpty());
            problems.setItems(report.problems());
            // A short list shows whole; a long one scrolls inside a grid of fixed height.
            boolean whole = report.problems().size() <= 50;
            problems.setAllRowsVisible(whole);
            problems.setClassName("import-problems-tall", !whole);
            result.setVisible(true);
            format.setOpened(false);
            result.scrollIntoView();
        });
    }

    private void finish(Runnable show) {
        progressBox.setVisible(false);
        upload.setEnabled(true);
        upload.clearFileList();
        show.run();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private Div count(String key, long value, VaadinIcon icon) {
        var number = new Span(getTranslation("import.count", value));
        number.addClassName("import-count-number");
        var label = new Span(getTranslation(key));
        label.addClassName("import-count-label");
        var box = new Div(icon.create(), number, label);
        box.addClassName("import-count");
        return box;
    }

    String reason(ImportProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.import");
    }
}
