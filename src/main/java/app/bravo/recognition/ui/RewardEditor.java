package app.bravo.recognition.ui;

import app.bravo.recognition.RewardDetails;
import app.bravo.recognition.RewardForm;
import app.bravo.recognition.RewardService;
import app.bravo.shared.UserError;
import app.bravo.shared.ui.IntegerInput;
import app.bravo.shared.ui.UploadTexts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import org.jspecify.annotations.Nullable;

/**
 * HR's dialog that adds a reward or changes one: both names and descriptions, cost, stock (empty:
 * unlimited), whether it is offered, and its picture (for a saved reward: a new one is saved first,
 * then the dialog stays open for its picture). Refusals of the service show at the field they concern.
 */
class RewardEditor extends Dialog {

    final Span error = new Span();
    final TextField nameEn = new TextField();
    final TextField nameFa = new TextField();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionFa = new TextArea();
    final IntegerInput cost = new IntegerInput();
    final IntegerInput stock = new IntegerInput();
    final Checkbox active = new Checkbox();
    final Upload upload = new Upload();
    final Image picture = new Image();
    final Span pictureError = new Span();
    final Paragraph pictureHint = new Paragraph();
    final Button removePicture = new Button();
    final Button save = new Button();
    final Button cancel = new Button();

    private final transient RewardService rewards;
    private final Runnable onChange;
    private @Nullable Long editing;

    RewardEditor(RewardService rewards, Runnable onChange) {
        this.rewards = rewards;
        this.onChange = onChange;
        addClassName("rewards-dialog");
        setWidth("44rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);

        error.addClassName("rewards-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        nameEn.setLabel(getTranslation("rewards.field.name-en"));
        nameEn.setMaxLength(RewardForm.NAME_MAX);
        nameEn.setRequired(true);
        nameEn.getElement().setAttribute("dir", "ltr");
        nameFa.setLabel(getTranslation("rewards.field.name-fa"));
        nameFa.setMaxLength(RewardForm.NAME_MAX);
        nameFa.setRequired(true);
        nameFa.getElement().setAttribute("dir", "rtl");
        nameFa.getElement().setAttribute("lang", "fa");
        descriptionEn.setLabel(getTranslation("rewards.field.description-en"));
        descriptionEn.setMaxLength(RewardForm.DESCRIPTION_MAX);
        descriptionEn.getElement().setAttribute("dir", "ltr");
        descriptionFa.setLabel(getTranslation("rewards.field.description-fa"));
        descriptionFa.setMaxLength(RewardForm.DESCRIPTION_MAX);
        descriptionFa.getElement().setAttribute("dir", "rtl");
        descriptionFa.getElement().setAttribute("lang", "fa");
        cost.setLabel(getTranslation("rewards.field.cost"));
        cost.setMin(1);
        cost.setRequiredIndicatorVisible(true);
        cost.setBadInputErrorMessage(getTranslation("rewards.error.cost.positive"));
        cost.setMinErrorMessage(getTranslation("rewards.error.cost.positive"));
        stock.setLabel(getTranslation("rewards.field.stock"));
        stock.setHelperText(getTranslation("rewards.field.stock.help"));
        stock.setMin(0);
        stock.setBadInputErrorMessage(getTranslation("rewards.error.stock.negative"));
        stock.setMinErrorMessage(getTranslation("rewards.error.stock.negative"));
        active.setLabel(getTranslation("rewards.field.active"));
        active.setHelperText(getTranslation("rewards.field.active.help"));
        for (var f : new com.vaadin.flow.component.HasValue<?, ?>[] {nameEn, nameFa, descriptionEn, descriptionFa}) {
            f.addValueChangeListener(e -> ((com.vaadin.flow.component.HasValidation) e.getHasValue()).setInvalid(false));
        }

        var form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.add(nameEn, nameFa, descriptionEn, descriptionFa, cost, stock);
        form.add(active, 2);
        add(error, form, pictureSection());

        save.setText(getTranslation("rewards.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("rewards.close"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private Div pictureSection() {
        var handler = new InMemoryUploadHandler((metadata, data) -> savePicture(data)) {
            @Override
            public long getFileSizeMax() {
                return RewardService.PICTURE.maxBytes();
            }

            @Override
            public long getRequestSizeMax() {
                return RewardService.PICTURE.maxBytes() + 64 * 1024;
            }
        };
        int megabytes = RewardService.PICTURE.maxBytes() / (1024 * 1024);
        upload.setUploadHandler(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(RewardService.PICTURE.maxBytes());
        // a hint for the browser's file picker only: the server reads the content to know the type
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", ".png", ".jpg", ".jpeg", ".gif");
        var i18n = UploadTexts.of(this);
        i18n.getError().setIncorrectFileType(getTranslation("upload.image.not-image"))
                .setFileIsTooBig(getTranslation("upload.image.too-large", megabytes));
        i18n.getUploading().getError().setFileTooLarge(getTranslation("upload.image.too-large", megabytes));
        upload.setI18n(i18n);
        upload.getElement().setAttribute("aria-label", getTranslation("rewards.field.picture"));
        upload.addFileRejectedListener(e -> showPictureError(e.getErrorMessage()));
        picture.addClassName("rewards-editor-picture");
        picture.setAlt(getTranslation("rewards.field.picture"));
        pictureError.addClassName("rewards-error");
        pictureError.getElement().setAttribute("role", "alert");
        pictureError.setVisible(false);
        pictureHint.addClassName("secondary");
        removePicture.setText(getTranslation("rewards.picture.remove"));
        removePicture.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        removePicture.addClickListener(e -> {
            if (editing != null) {
                rewards.removePicture(editing);
                showPicture(null);
                onChange.run();
            }
        });
        var label = new Span(getTranslation("rewards.field.picture"));
        label.addClassName("rewards-label");
        var box = new Div(label, picture, upload, pictureHint, pictureError, removePicture);
        box.addClassName("rewards-editor-picture-box");
        return box;
    }

    void openNew() {
        editing = null;
        setHeaderTitle(getTranslation("rewards.editor.new"));
        fill(new RewardForm("", "", "", "", null, null, true), null);
        open();
        nameEn.focus();
    }

    void edit(RewardDetails r) {
        editing = r.id();
        setHeaderTitle(getTranslation("rewards.editor.edit", r.nameEn()));
        fill(r.toForm(), r.pictureUrl());
        open();
    }

    private void fill(RewardForm f, @Nullable String pictureUrl) {
        error.setVisible(false);
        pictureError.setVisible(false);
        nameEn.setValue(f.nameEn());
        nameFa.setValue(f.nameFa());
        descriptionEn.setValue(f.descriptionEn());
        descriptionFa.setValue(f.descriptionFa());
        cost.setValue(f.cost());
        stock.setValue(f.stock());
        active.setValue(f.active());
        for (var field : new com.vaadin.flow.component.HasValidation[] {nameEn, nameFa, descriptionEn, descriptionFa, cost, stock}) {
            field.setInvalid(false);
        }
        showPicture(pictureUrl);
    }

    private void showPicture(@Nullable String url) {
        picture.setVisible(url != null);
        if (url != null) {
            picture.setSrc(url);
        }
        upload.setVisible(editing != null);
        removePicture.setVisible(editing != null && url != null);
        int megabytes = RewardService.PICTURE.maxBytes() / (1024 * 1024);
        pictureHint.setText(editing == null ? getTranslation("rewards.picture.after-save")
                : getTranslation("rewards.picture.help", megabytes));
    }

    void save() {
        error.setVisible(false);
        if (cost.isBadInput() || stock.isBadInput()) {
            showError(getTranslation(cost.isBadInput() ? "rewards.error.cost.positive" : "rewards.error.stock.negative"));
            return;
        }
        var form = new RewardForm(nameEn.getValue(), nameFa.getValue(), descriptionEn.getValue(), descriptionFa.getValue(),
                cost.getValue(), stock.getValue(), active.getValue());
        try {
            if (editing == null) {
                editing = rewards.create(form);
                success(getTranslation("rewards.editor.created", form.nameEn().strip()));
                setHeaderTitle(getTranslation("rewards.editor.edit", form.nameEn().strip()));
                showPicture(null);
                onChange.run();
                return;
            }
            rewards.update(editing, form);
            success(getTranslation("rewards.editor.saved", form.nameEn().strip()));
        } catch (UserError e) {
            String message = getTranslation(e.key(), e.args());
            var field = switch (e.key().replaceAll("\\.[a-z-]+$", "")) {
                case "rewards.error.name-en" -> nameEn;
                case "rewards.error.name-fa" -> nameFa;
                case "rewards.error.description" -> descriptionEn.getValue().length() > RewardForm.DESCRIPTION_MAX
                        ? descriptionEn : descriptionFa;
                case "rewards.error.cost" -> cost;
                case "rewards.error.stock" -> stock;
                default -> null;
            };
            if (field instanceof TextField t) {
                t.setErrorMessage(message);
                t.setInvalid(true);
            } else if (field instanceof TextArea t) {
                t.setErrorMessage(message);
                t.setInvalid(true);
            } else if (field instanceof IntegerInput i) {
                i.setErrorMessage(message);
                i.setInvalid(true);
            }
            showError(message);
            return;
        }
        close();
        onChange.run();
    }

    void savePicture(byte[] data) {
        if (editing == null) {
            return;
        }
        try {
            showPicture(rewards.savePicture(editing, data));
            pictureError.setVisible(false);
            success(getTranslation("rewards.picture.saved"));
            onChange.run();
        } catch (UserError e) {
            showPictureError(getTranslation(e.key(), e.args()));
        }
        upload.clearFileList();
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private void showPictureError(String message) {
        pictureError.setText(message);
        pictureError.setVisible(true);
    }

    private static void success(String message) {
        var n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
