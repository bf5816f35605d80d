package app.bravo.wall.ui;

import app.bravo.shared.ui.PageTitles;
import app.bravo.security.Roles;
import app.bravo.shared.ui.BackgroundImport;
import app.bravo.shared.ui.CsvImportPanel;
import app.bravo.wall.FeedbackImport;
import app.bravo.wall.FeedbackImportReport;
import app.bravo.wall.FeedbackRules;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The feedback import for moderators, on the shared import page ({@link CsvImportPanel}): every
 * line with a problem shows its column and its outcome (refused, skipped as a duplicate, or
 * imported without an unknown credit).
 */
@Route("wall/import")
@Menu(title = "nav.feedback-import", icon = "vaadin:upload-alt", order = 12)
@RolesAllowed({Roles.MODERATOR, Roles.ADMIN})
@StyleSheet("styles/import.css")
@StyleSheet("styles/moderation.css")
public class FeedbackImportView extends Main implements HasDynamicTitle {

    final CsvImportPanel<FeedbackImportReport> panel;

    FeedbackImportView(FeedbackImport importer) {
        addClassNames("view", "import-view", "feedback-import-view");
        panel = new CsvImportPanel<>(this, "moderation.import", FeedbackImport.LAYOUT, "bravo-feedback-template.csv",
                FeedbackImport.template(),
                List.of(getTranslation("moderation.import.format.values"), getTranslation("moderation.import.format.lists"),
                        getTranslation("moderation.import.format.text", FeedbackRules.QUOTE_MAX),
                        getTranslation("moderation.import.format.external-id")),
                CsvImportPanel.Detail.COLUMN_AND_OUTCOME, importer::importCsv, this::showCounts);
    }

    private void showCounts(FeedbackImportReport report) {
        panel.counts.add(BackgroundImport.count(this, "moderation.import.summary.created", report.created(), VaadinIcon.PLUS_CIRCLE_O),
                BackgroundImport.count(this, "moderation.import.summary.duplicates", report.duplicates(), VaadinIcon.COPY_O),
                BackgroundImport.count(this, "moderation.import.summary.refused", report.refusedLines(), VaadinIcon.WARNING));
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("nav.feedback-import"));
    }
}
