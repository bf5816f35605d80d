package app.bravo.people.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.shared.ui.BackgroundImport;
import app.bravo.shared.ui.UploadTexts;
import app.bravo.people.ImportProblem;
import app.bravo.people.ImportReport;
import app.bravo.people.PeopleImport;
import app.bravo.security.Roles;
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
 * The directory import for administrators: the file format, a template, the upload, a progress
 * bar while the import runs in the background, then the counts and every bad line with its reason.
 */
@Route("admin/import")
@Menu(title = "nav.admin.import", icon = "vaadin:upload", order = 83)
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/import.css")
public class ImportView extends Main implements HasDynamicTitle {


    final Anchor template;
    final Upload upload = new Upload();
    final BackgroundImport importRun;
    final H3 summaryTitle = new H3();
    final Div counts = new Div();
    final Paragraph newDepartments = new Paragraph();
    final H3 problemsTitle = new H3();
    final Grid<ImportProblem> problems = new Grid<>();
    final Section result = new Section();
    final Details format = new Details();


    private final transient PeopleImport importer;

    ImportView(PeopleImport importer) {
        this.importer = importer;
        this.importRun = new BackgroundImport(this, upload, "import.progress");
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
        add(new Paragraph(getTranslation("import.intro")), format, template, upload, importRun.progressBox, importRun.error, result);
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
        result.setVisible(false);
        importRun.start(fileName, progress -> importer.importCsv(fileName, data, progress), report -> showReport(fileName, report));
    }

    private void showReport(String fileName, ImportReport report) {
        summaryTitle.setText(getTranslation("import.summary.title", fileName));
        counts.removeAll();
        counts.add(BackgroundImport.count(this, "import.summary.created", report.created(), VaadinIcon.PLUS_CIRCLE_O),
                BackgroundImport.count(this, "import.summary.updated", report.updated(), VaadinIcon.EDIT),
                BackgroundImport.count(this, "import.summary.unchanged", report.unchanged(), VaadinIcon.CHECK_CIRCLE_O),
                BackgroundImport.count(this, "import.summary.bad-lines", report.badLines(), VaadinIcon.WARNING));
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
    }

    String reason(ImportProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }


    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin.import"));
    }
}
