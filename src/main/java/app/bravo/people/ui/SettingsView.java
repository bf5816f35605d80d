package app.bravo.people.ui;

import app.bravo.people.MySettings;
import app.bravo.people.Person;
import app.bravo.people.SettingsService;
import app.bravo.security.PasswordPolicy;
import app.bravo.security.Roles;
import app.bravo.shared.UserError;
import app.bravo.shared.i18n.Language;
import app.bravo.shared.ui.PageTitles;
import app.bravo.shared.ui.Preferences;
import app.bravo.shared.ui.Theme;
import app.bravo.shared.ui.UploadTexts;
import app.bravo.shared.ui.UserSettings;
import app.bravo.shared.upload.ImageRules;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /settings}, for every person: their photo and "about me", language and theme (also in
 * the avatar menu), and their own password. Job title and department are the directory's.
 */
@Route("settings")
@RolesAllowed(Roles.EMPLOYEE)
public class SettingsView extends Main implements HasDynamicTitle {

    final Avatar photo = new Avatar();
    final Upload upload = new Upload();
    final Button removePhoto = new Button();
    final Span photoError = new Span();
    final TextArea about = new TextArea();
    final Button saveAbout = new Button();
    final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    final RadioButtonGroup<Theme> theme = new RadioButtonGroup<>();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeatPassword = new PasswordField();
    final Button changePassword = new Button();

    private final transient SettingsService settings;
    private final transient Preferences preferences;

    SettingsView(SettingsService settings, Preferences preferences) {
        this.settings = settings;
        this.preferences = preferences;
        addClassNames("view", "settings-view");
        MySettings mine = settings.mine();
        add(profileCard(mine), appearanceCard(), passwordCard());
    }

    // ---- photo and "about me" ----

    private Section profileCard(MySettings mine) {
        photo.setName(mine.displayName());
        photo.addClassName("profile-avatar");
        showPhoto(mine.photoUrl());

        var handler = new InMemoryUploadHandler((metadata, data) -> savePhoto(data)) {
            @Override
            public long getFileSizeMax() {
                return ImageRules.PHOTO.maxBytes();
            }

            @Override
            public long getRequestSizeMax() {
                return ImageRules.PHOTO.maxBytes() + 64 * 1024;
            }
        };
        upload.setUploadHandler(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageRules.PHOTO.maxBytes());
        // a hint for the browser's file picker only: the server reads the content to know the type
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "image/gif", ".png", ".jpg", ".jpeg", ".gif");
        var i18n = UploadTexts.of(this);
        i18n.getDropFiles().setOne(getTranslation("settings.photo.drop"));
        i18n.getAddFiles().setOne(getTranslation("settings.photo.add"));
        i18n.getError().setIncorrectFileType(getTranslation("upload.image.not-image"))
                .setFileIsTooBig(getTranslation("upload.image.too-large", ImageRules.PHOTO.maxBytes() / (1024 * 1024)));
        i18n.getUploading().getError().setFileTooLarge(getTranslation("upload.image.too-large", ImageRules.PHOTO.maxBytes() / (1024 * 1024)));
        upload.setI18n(i18n);
        upload.getElement().setAttribute("aria-label", getTranslation("settings.photo.upload-label"));
        upload.addFileRejectedListener(e -> showPhotoError(e.getErrorMessage()));

        removePhoto.setText(getTranslation("settings.photo.remove"));
        removePhoto.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        removePhoto.addClickListener(e -> {
            settings.removePhoto();
            showPhoto(null);
            Notification.show(getTranslation("settings.photo.removed"), 3000, Notification.Position.BOTTOM_START);
        });
        photoError.addClassName("field-error");
        photoError.setVisible(false);
        photoError.getElement().setAttribute("role", "alert");

        var photoHelp = new Paragraph(getTranslation("settings.photo.help"));
        photoHelp.addClassName("secondary");
        var photoControls = new Div(upload, photoHelp, photoError, removePhoto);
        photoControls.addClassName("photo-controls");
        var photoRow = new Div(photo, photoControls);
        photoRow.addClassName("photo-row");

        about.setLabel(getTranslation("settings.about"));
        about.setMaxLength(Person.ABOUT_MAX);
        about.setValue(mine.aboutMe() == null ? "" : mine.aboutMe());
        about.setHelperText(getTranslation("settings.about.help", Person.ABOUT_MAX));
        about.setValueChangeMode(ValueChangeMode.EAGER);
        about.getElement().setAttribute("dir", "auto");
        about.addClassName("about-field");
        saveAbout.setText(getTranslation("settings.about.save"));
        saveAbout.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveAbout.addClickListener(e -> saveAbout());

        var help = new Paragraph(getTranslation("settings.profile.help"));
        help.addClassName("secondary");
        return card("settings.profile", help, photoRow, about, saveAbout);
    }

    private void savePhoto(byte[] data) {
        try {
            showPhoto(settings.savePhoto(data));
            photoError.setVisible(false);
            Notification.show(getTranslation("settings.photo.saved"), 3000, Notification.Position.BOTTOM_START);
        } catch (UserError e) {
            showPhotoError(getTranslation(e.key(), e.args()));
        }
        upload.clearFileList();
    }

    private void showPhoto(String url) {
        photo.setImage(url);
        removePhoto.setVisible(url != null);
    }

    private void showPhotoError(String message) {
        photoError.setText(message);
        photoError.setVisible(true);
    }

    private void saveAbout() {
        try {
            settings.saveAboutMe(about.getValue());
            about.setInvalid(false);
            Notification.show(getTranslation("settings.about.saved"), 3000, Notification.Position.BOTTOM_START);
        } catch (UserError e) {
            about.setErrorMessage(getTranslation(e.key(), e.args()));
            about.setInvalid(true);
        }
    }

    // ---- language and theme ----

    private Section appearanceCard() {
        language.setLabel(getTranslation("settings.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.code()));
        language.setValue(UserSettings.language());
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preferences.saveLanguage(e.getValue());
                UserSettings.setLanguage(e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });

        theme.setLabel(getTranslation("settings.theme"));
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> getTranslation("theme." + t.code()));
        theme.setValue(UserSettings.theme());
        theme.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() != e.getOldValue()) {
                UserSettings.setTheme(e.getValue());
                preferences.saveTheme(e.getValue());
            }
        });
        return card("settings.appearance", language, theme);
    }

    // ---- password ----

    private Section passwordCard() {
        currentPassword.setLabel(getTranslation("settings.password.current"));
        currentPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        newPassword.setLabel(getTranslation("settings.password.new"));
        newPassword.setHelperText(getTranslation("settings.password.help"));
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        newPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeatPassword.setLabel(getTranslation("settings.password.repeat"));
        repeatPassword.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        changePassword.setText(getTranslation("settings.password.change"));
        changePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        changePassword.addClickListener(e -> changePassword());
        var fields = new Div(currentPassword, newPassword, repeatPassword);
        fields.addClassName("password-fields");
        return card("settings.password", fields, changePassword);
    }

    private void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        repeatPassword.setInvalid(false);
        if (currentPassword.getValue().isEmpty()) {
            invalid(currentPassword, "settings.password.current-required");
            return;
        }
        if (!newPassword.getValue().equals(repeatPassword.getValue())) {
            invalid(repeatPassword, "settings.password.mismatch");
            return;
        }
        try {
            settings.changePassword(currentPassword.getValue(), newPassword.getValue());
        } catch (UserError e) {
            invalid("settings.password.wrong-current".equals(e.key()) ? currentPassword : newPassword, e.key());
            return;
        }
        currentPassword.clear();
        newPassword.clear();
        repeatPassword.clear();
        var n = Notification.show(getTranslation("settings.password.changed"), 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void invalid(PasswordField field, String key) {
        field.setErrorMessage(getTranslation(key));
        field.setInvalid(true);
    }

    private Section card(String titleKey, com.vaadin.flow.component.Component... content) {
        var s = new Section(new H3(getTranslation(titleKey)));
        s.add(content);
        s.addClassNames("card", "settings-card");
        return s;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("settings.title"));
    }
}
