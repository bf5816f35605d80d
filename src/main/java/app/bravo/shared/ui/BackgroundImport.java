package app.bravo.shared.ui;

import app.bravo.shared.UserError;
import app.bravo.shared.csv.ImportProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.Command;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a CSV import off the UI thread for an import page: the upload is locked meanwhile, a
 * progress bar follows the import through push, and a refusal or failure becomes a message in the
 * reader's language. The signed-in person's security context goes with the work, so the
 * service's own checks apply. If the person leaves the page the import still finishes (its
 * summary is in the audit log).
 */
public final class BackgroundImport {

    /** The work: reads the file and reports progress; returns the report. */
    @FunctionalInterface
    public interface Job<R> {
        R run(ImportProgress progress);
    }

    private static final Logger log = LoggerFactory.getLogger(BackgroundImport.class);

    public final ProgressBar progress = new ProgressBar();
    public final Span progressText = new Span();
    public final Div progressBox = new Div(progressText, progress);
    public final Paragraph error = new Paragraph();
    /** Where the work runs; tests run it on the calling thread. */
    public Executor executor = task -> Thread.ofVirtual().name("csv-import").start(task);

    private final Component page;
    private final Upload upload;
    private final String progressKey;
    private final SecurityContext security;

    /** For the page being built by the signed-in person; {@code progressKey} formats "done of total". */
    public BackgroundImport(Component page, Upload upload, String progressKey) {
        this.page = page;
        this.upload = upload;
        this.progressKey = progressKey;
        this.security = SecurityContextHolder.createEmptyContext();
        this.security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-label", page.getTranslation("import.progress.label"));
        progressBox.addClassName("import-progress");
        progressBox.setVisible(false);
        error.addClassName("import-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
    }

    /** Starts the job; called on the UI thread. {@code show} receives the report on the UI thread. */
    public <R> void start(String fileName, Job<R> job, Consumer<R> show) {
        UI ui = UI.getCurrent();
        upload.setEnabled(false);
        error.setVisible(false);
        progress.setIndeterminate(true);
        progressText.setText(page.getTranslation("import.progress.reading", fileName));
        progressBox.setVisible(true);
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                R report = job.run((done, total) -> access(ui, () -> showProgress(done, total)));
                access(ui, () -> finish(() -> show.accept(report)));
            } catch (UserError e) {
                access(ui, () -> finish(() -> showError(page.getTranslation("import.refused",
                        page.getTranslation(e.key(), e.args())))));
            } catch (RuntimeException e) {
                log.error("The import of {} failed", fileName, e);
                access(ui, () -> finish(() -> showError(page.getTranslation("import.failed"))));
            }
        }, security));
    }

    /** A count in an import summary: an icon, a number and what it counts. */
    public static Div count(Component page, String key, long value, VaadinIcon icon) {
        var number = new Span(page.getTranslation("import.count", value));
        number.addClassName("import-count-number");
        var label = new Span(page.getTranslation(key));
        label.addClassName("import-count-label");
        var box = new Div(icon.create(), number, label);
        box.addClassName("import-count");
        return box;
    }

    private void showProgress(int done, int total) {
        progress.setIndeterminate(false);
        progress.setValue(total == 0 ? 1 : (double) done / total);
        progressText.setText(page.getTranslation(progressKey, done, total));
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

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // the page is gone; the import goes on and its summary is in the audit log
        }
    }
}
