package app.bravo.shared.ui;

import app.bravo.shared.csv.CsvLayout;
import app.bravo.shared.csv.CsvProblem;
import app.bravo.shared.csv.CsvReport;
import app.bravo.shared.csv.ImportProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The page part of every CSV import: an introduction, the file format, a template to download, the
 * upload (limited to the layout's size), a progress bar while the import runs in the background
 * ({@link BackgroundImport}), then the counts and a grid of every line with a problem. A feature
 * gives its bundle prefix, layout, template, the import itself, its own lines of the format and its
 * counts. Keys under the prefix: {@code .intro}, {@code .template}, {@code .progress},
 * {@code .format.header}, {@code .problems.title}, {@code .problems.none}; with the column and
 * outcome shown also {@code .column.column}, {@code .column.outcome} and {@code .outcome.<OUTCOME>}.
 */
public final class CsvImportPanel<R extends CsvReport> {

    /** Imports a file; a feature's import service method. */
    @FunctionalInterface
    public interface Importer<R> {
        R importCsv(String fileName, byte[] data, ImportProgress progress);
    }

    /** Which columns the problem grid shows besides the line and the reason. */
    public enum Detail { REASON_ONLY, COLUMN_AND_OUTCOME }

    public final Anchor template;
    public final Upload upload = new Upload();
    public final BackgroundImport importRun;
    public final H3 summaryTitle = new H3();
    public final Div counts = new Div();
    public final H3 problemsTitle = new H3();
    public final Grid<CsvProblem> problems = new Grid<>();
    public final Section result = new Section();
    public final Details format = new Details();

    private final Component page;
    private final Importer<R> importer;
    private final Consumer<R> showCounts;

    /**
     * Adds the import's parts to {@code page}. {@code formatLines} are the feature's own lines of
     * the format help (already translated); {@code showCounts} fills {@link #counts} for a report.
     */
    public <P extends Component & HasComponents> CsvImportPanel(P page, String keys, CsvLayout layout, String templateName,
                                                                String templateCsv, List<String> formatLines, Detail detail,
                                                                Importer<R> importer, Consumer<R> showCounts) {
        this.page = page;
        this.importer = importer;
        this.showCounts = showCounts;
        this.importRun = new BackgroundImport(page, upload, keys + ".progress");

        byte[] templateBytes = templateCsv.getBytes(StandardCharsets.UTF_8);
        template = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(templateBytes), templateName, "text/csv", templateBytes.length)),
                AttachmentType.DOWNLOAD, page.getTranslation(keys + ".template"));
        template.addClassName("template-link");

        var handler = new InMemoryUploadHandler((metadata, data) -> start(metadata.fileName(), data)) {
            @Override
            public long getFileSizeMax() {
                return layout.maxBytes();
            }

            @Override
            public long getRequestSizeMax() {
                return layout.maxBytes() + 64 * 1024;
            }
        };
        upload.setUploadHandler(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(layout.maxBytes());
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setI18n(UploadTexts.of(page));
        upload.getElement().setAttribute("aria-label", page.getTranslation("upload.label"));

        counts.addClassName("import-counts");
        problemsTitle.setText(page.getTranslation(keys + ".problems.title"));
        problems.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(p -> page.getTranslation("import.line", p.line())).setHeader(page.getTranslation("import.column.line"))
                .setWidth("6em").setFlexGrow(0);
        if (detail == Detail.COLUMN_AND_OUTCOME) {
            problems.addColumn(p -> p.column() == null ? "" : p.column()).setHeader(page.getTranslation(keys + ".column.column"))
                    .setWidth("9em").setFlexGrow(0);
        }
        problems.addColumn(this::reason).setHeader(page.getTranslation("import.column.reason")).setFlexGrow(1)
                .setPartNameGenerator(p -> "user-text");
        if (detail == Detail.COLUMN_AND_OUTCOME) {
            problems.addColumn(p -> page.getTranslation(keys + ".outcome." + p.outcome().name()))
                    .setHeader(page.getTranslation(keys + ".column.outcome")).setWidth("10em").setFlexGrow(0);
        }
        problems.setEmptyStateText(page.getTranslation(keys + ".problems.none"));
        problems.addClassName("import-problems");
        result.add(summaryTitle, counts, problemsTitle, problems);
        result.addClassName("import-result");
        result.setVisible(false);

        List<ListItem> lines = new ArrayList<>();
        lines.add(new ListItem(page.getTranslation(keys + ".format.header", String.join(", ", layout.columns()))));
        lines.add(new ListItem(page.getTranslation("import.format.encoding")));
        formatLines.forEach(line -> lines.add(new ListItem(line)));
        lines.add(new ListItem(page.getTranslation("import.format.limits", layout.maxMegabytes(), layout.maxLines())));
        format.setSummaryText(page.getTranslation("import.format.title"));
        format.add(new UnorderedList(lines.toArray(ListItem[]::new)));
        format.setOpened(true);
        format.addClassName("import-format");
        page.add(new Paragraph(page.getTranslation(keys + ".intro")), format, template, upload, importRun.progressBox,
                importRun.error, result);
    }

    /** Starts an import of these bytes in the background; called on the UI thread. */
    void start(String fileName, byte[] data) {
        result.setVisible(false);
        importRun.start(fileName, progress -> importer.importCsv(fileName, data, progress), report -> show(fileName, report));
    }

    private void show(String fileName, R report) {
        summaryTitle.setText(page.getTranslation("import.summary.title", fileName));
        counts.removeAll();
        showCounts.accept(report);
        problems.setItems(report.problems());
        // A short list shows whole; a long one scrolls inside a grid of fixed height.
        boolean whole = report.problems().size() <= 50;
        problems.setAllRowsVisible(whole);
        problems.setClassName("import-problems-tall", !whole);
        result.setVisible(true);
        format.setOpened(false);
        result.scrollIntoView();
    }

    /** A problem's reason in the reader's language. */
    public String reason(CsvProblem problem) {
        return page.getTranslation(problem.messageKey(), problem.args().toArray());
    }
}
