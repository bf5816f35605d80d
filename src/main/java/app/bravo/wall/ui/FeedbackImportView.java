package app.bravo.wall.ui;

import app.bravo.shared.ui.UploadTexts;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.wall.FeedbackImport;
import app.bravo.wall.FeedbackImportProblem;
import app.bravo.wall.FeedbackImportReport;
import app.bravo.wall.FeedbackRules;
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
 * The feedback import for moderators, in the manner of the directory import: the file format, a
 * template, the upload, a progress bar while the import runs in the background, then the counts and
 * every line with a problem (refused, skipped as a duplicate, or imported without an unknown credit).
 */
@Route("wall/import")
@Menu(title = "nav.feedback-import", icon = "vaadin:upload-alt", order = 12)
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
@StyleSheet("styles/import.css")
@StyleSheet("styles/moderation.css")
public class FeedbackImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(FeedbackImportView.class);

    final Anchor template;
    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div progressBox = new Div(progressText, progress);
    final Paragraph error = new Paragraph();
    final H3 summaryTitle = new H3();
    final Div counts = new Div();
    final H3 problemsTitle = new H3();
    final Grid<FeedbackImportProblem> problems = new Grid<>();
    final Section result = new Section();
    final Details format = new Details();

    /** Where the import runs; a test may run it on its own thread. */
    Executor executor = task -> Thread.ofVirtual().name("feedback-import").start(task);

    private final transient FeedbackImport importer;
    private final transient SecurityContext security;

    FeedbackImportView(FeedbackImport importer) {
        this.importer = importer;
        // The import outlives the upload request, so it carries its own copy of who started it.
        this.security = SecurityContextHolder.createEmptyContext();
        this.security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        addClassNames("view", "import-view", "feedback-import-view");

        byte[] templateCsv = FeedbackImport.template().getBytes(StandardCharsets.UTF_8);
        template = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(templateCsv), "bravo-feedback-template.csv", "text/csv", templateCsv.length)),
                AttachmentType.DOWNLOAD, getTranslation("moderation.import.template"));
        template.addClassName("template-link");

        var handler = new InMemoryUploadHandler((metadata, data) -> start(metadata.fileName(), data)) {
            @Override
            public long getFileSizeMax() {
                return FeedbackImport.MAX_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return FeedbackImport.MAX_BYTES + 64 * 1024;
            }
        };
        upload.setUploadHandler(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FeedbackImport.MAX_BYTES);
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
        problemsTitle.setText(getTranslation("moderation.import.problems.title"));
        problems.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(p -> getTranslation("import.line", p.line())).setHeader(getTranslation("import.column.line"))
                .setWidth("6em").setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(getTranslation("moderation.import.column.column"))
                .setWidth("9em").setFlexGrow(0);
        problems.addColumn(this::reason).setHeader(getTranslation("import.column.reason")).setFlexGrow(1)
                .setPartNameGenerator(p -> "user-text");
        problems.addColumn(p -> getTranslation("moderation.import.outcome." + p.outcome().name()))
                .setHeader(getTranslation("moderation.import.column.outcome")).setWidth("10em").setFlexGrow(0);
        problems.setEmptyStateText(getTranslation("moderation.import.problems.none"));
        problems.addClassName("import-problems");
        result.add(summaryTitle, counts, problemsTitle, problems);
        result.addClassName("import-result");
        result.setVisible(false);

        format.setSummaryText(getTranslation("import.format.title"));
        format.add(formatList());
        format.setOpened(true);
        format.addClassName("import-format");
        add(new Paragraph(getTranslation("moderation.import.intro")), format, template, upload, progressBox, error, result);
    }

    private Component formatList() {
        return new UnorderedList(
                new ListItem(getTranslation("moderation.import.format.header", String.join(", ", FeedbackImport.COLUMNS))),
                new ListItem(getTranslation("import.format.encoding")),
                new ListItem(getTranslation("moderation.import.format.values")),
                new ListItem(getTranslation("moderation.import.format.lists")),
                new ListItem(getTranslation("moderation.import.format.text", FeedbackRules.QUOTE_MAX)),
                new ListItem(getTranslation("moderation.import.format.external-id")),
                new ListItem(getTranslation("import.format.limits", FeedbackImport.MAX_BYTES / (1024 * 1024), FeedbackImport.MAX_LINES)));
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
            FeedbackImportReport report = importer.importCsv(fileName, data,
                    (done, total) -> access(ui, () -> showProgress(done, total)));
            access(ui, () -> showReport(fileName, report));
        } catch (UserError e) {
            access(ui, () -> finish(() -> showError(getTranslation("import.refused", getTranslation(e.key(), e.args())))));
        } catch (RuntimeException e) {
            log.error("The feedback import of {} failed", fileName, e);
            access(ui, () -> finish(() -> showError(getTranslation("import.failed"))));
        }
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // The moderator has left the page; the import goes on and its summary is in the audit log.
        }
    }

    private void showProgress(int done, int total) {
        progress.setIndeterminate(false);
        progress.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(getTranslation("moderation.import.progress", done, total));
    }

    private void showReport(String fileName, FeedbackImportReport report) {
        finish(() -> {
            summaryTitle.setText(getTranslation("import.summary.title", fileName));
            counts.removeAll();
            counts.add(count("moderation.import.summary.created", report.created(), VaadinIcon.PLUS_CIRCLE_O),
                    count("moderation.import.summary.duplicates", report.duplicates(), VaadinIcon.COPY_O),
                    count("moderation.import.summary.refused", report.refusedLines(), VaadinIcon.WARNING));
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

    String reason(FeedbackImportProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.feedback-import");
    }
}
