package app.bravo.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.Arrays;

/** The texts of Vaadin's upload component in the reader's language (keys {@code upload.*} of the shell bundle). */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N of(Component c) {
        var i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("upload.drop-one"))
                .setMany(c.getTranslation("upload.drop-many")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("upload.add-one"))
                .setMany(c.getTranslation("upload.add-many")));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation("upload.file.retry"))
                .setStart(c.getTranslation("upload.file.start")).setRemove(c.getTranslation("upload.file.remove")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(c.getTranslation("upload.error.too-many"))
                .setFileIsTooBig(c.getTranslation("upload.error.too-big"))
                .setIncorrectFileType(c.getTranslation("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(c.getTranslation("upload.status.connecting"))
                        .setStalled(c.getTranslation("upload.status.stalled"))
                        .setProcessing(c.getTranslation("upload.status.processing"))
                        .setHeld(c.getTranslation("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("upload.remaining.prefix"))
                        .setUnknown(c.getTranslation("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(c.getTranslation("upload.error.server-unavailable"))
                        .setUnexpectedServerError(c.getTranslation("upload.error.unexpected"))
                        .setForbidden(c.getTranslation("upload.error.forbidden"))
                        .setFileTooLarge(c.getTranslation("upload.error.file-too-large"))));
        i18n.setUnits(Arrays.asList(c.getTranslation("upload.units").split(",")));
        return i18n;
    }
}
