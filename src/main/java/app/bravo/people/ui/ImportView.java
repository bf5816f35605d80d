package app.bravo.people.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.people.ImportReport;
import app.bravo.people.PeopleImport;
import app.bravo.security.Roles;
import app.bravo.shared.ui.BackgroundImport;
import app.bravo.shared.ui.CsvImportPanel;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The directory import for administrators, on the shared import page ({@link CsvImportPanel}):
 * the counts of people created, updated and unchanged, and the departments the file created.
 */
@Route("admin/import")
@Menu(title = "nav.admin.import", icon = "vaadin:upload", order = 83)
@RolesAllowed(Roles.ADMIN)
@StyleSheet("styles/import.css")
public class ImportView extends Main implements HasDynamicTitle {

    final CsvImportPanel<ImportReport> panel;
    final Paragraph newDepartments = new Paragraph();

    ImportView(PeopleImport importer) {
        addClassNames("view", "import-view");
        panel = new CsvImportPanel<>(this, "import", PeopleImport.LAYOUT, "bravo-people-template.csv", PeopleImport.template(),
                List.of(getTranslation("import.format.roles"), getTranslation("import.format.dates"),
                        getTranslation("import.format.manager"), getTranslation("import.format.upsert")),
                CsvImportPanel.Detail.REASON_ONLY, importer::importCsv, this::showCounts);
        panel.result.addComponentAtIndex(panel.result.indexOf(panel.counts) + 1, newDepartments);
    }

    private void showCounts(ImportReport report) {
        panel.counts.add(BackgroundImport.count(this, "import.summary.created", report.created(), VaadinIcon.PLUS_CIRCLE_O),
                BackgroundImport.count(this, "import.summary.updated", report.updated(), VaadinIcon.EDIT),
                BackgroundImport.count(this, "import.summary.unchanged", report.unchanged(), VaadinIcon.CHECK_CIRCLE_O),
                BackgroundImport.count(this, "import.summary.bad-lines", report.badLines(), VaadinIcon.WARNING));
        newDepartments.setText(getTranslation("import.summary.departments", String.join(", ", report.newDepartments())));
        newDepartments.setVisible(!report.newDepartments().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.admin.import"));
    }
}
