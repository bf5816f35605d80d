package app.bravo.wall.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.shared.ui.BackgroundImport;
import app.bravo.shared.ui.UploadTexts;
import app.bravo.security.Roles;
import app.bravo.wall.FeedbackImport;
import app.bravo.wall.FeedbackImportProblem;
import app.bravo.wall.FeedbackImportReport;
import app.bravo.wall.FeedbackRules;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

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


    final Anchor template;
    final Upload upload = new Upload();
    final BackgroundImport importRun;
    final H3 summaryTitle = new H3();
    final Div counts = new Div();
    final H3 problemsTitle = new H3();
    final Grid<FeedbackImportProblem> problems = new Grid<>();
    final Section result = new Section();
    final Details format = new Details();


    private final transient FeedbackImport importer;

    FeedbackImportView(FeedbackImport importer) {
        this.importer = importer;
        this.importRun = new BackgroundImport(this, upload, "moderation.import.progress");
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
        add(new Paragraph(getTranslation("moderation.import.intro")), format, template, upload, importRun.progressBox, importRun.error, result);
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
        result.setVisible(false);
        importRun.start(fileName, progress -> importer.importCsv(fileName, data, progress), report -> showReport(fileName, report));
    }

    private void showReport(String fileName, FeedbackImportReport report) {
        summaryTitle.setText(getTranslation("import.summary.title", fileName));
        counts.removeAll();
        counts.add(BackgroundImport.count(this, "moderation.import.summary.created", report.created(), VaadinIcon.PLUS_CIRCLE_O),
                BackgroundImport.count(this, "moderation.import.summary.duplicates", report.duplicates(), VaadinIcon.COPY_O),
                BackgroundImport.count(this, "moderation.import.summary.refused", report.refusedLines(), VaadinIcon.WARNING));
        problems.setItems(report.problems());
        // A short list shows whole; a long one scrolls inside a grid of fixed height.
        boolean whole = report.problems().size() <= 50;
        problems.setAllRowsVisible(whole);
        problems.setClassName("import-problems-tall", !whole);
        result.setVisible(true);
        format.setOpened(false);
        result.scrollIntoView();
    }

    String reason(FeedbackImportProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }


    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.feedback-import"));
    }
}
