package app.bravo.people.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.home.HomeView;
import app.bravo.people.PeopleService;
import app.bravo.people.SettingsService;
import app.bravo.people.internal.PersonRepository;
import app.bravo.shared.ui.Theme;
import app.bravo.shared.ui.UserSettings;
import app.bravo.shared.upload.UploadsTestImages;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SettingsViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired SettingsService settings;
    @Autowired PeopleService people;
    @Autowired PersonRepository repository;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void the_theme_can_follow_the_system_and_is_stored_for_the_person() {
        var me = fixtures.signInAs();
        SettingsView view = navigate(SettingsView.class);
        assertThat(view.theme.getListDataView().getItems()).containsExactly(Theme.LIGHT, Theme.DARK, Theme.SYSTEM);

        test(view.theme).selectItem(getTranslation("theme.system"));

        assertThat(UserSettings.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(repository.findById(me.personId()).orElseThrow().getTheme()).isEqualTo("system");
    }

    /** A signed-in person without a password tries to change it to "New-teapot-8842-harbour", repeated as given. */
    private SettingsView tryPassword(String repeated) {
        fixtures.signInAs();
        SettingsView view = navigate(SettingsView.class);
        test(view.currentPassword).setValue("whatever-it-was");
        test(view.newPassword).setValue("New-teapot-8842-harbour");
        test(view.repeatPassword).setValue(repeated);
        test(view.changePassword).click();
        return view;
    }

    @Test
    void a_wrong_current_password_is_shown_on_its_field() {
        SettingsView view = tryPassword("New-teapot-8842-harbour");
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo(getTranslation("settings.password.wrong-current"));
    }

    @Test
    void two_different_new_passwords_are_refused_before_anything_is_sent() {
        SettingsView view = tryPassword("New-teapot-8842-harbouR");
        assertThat(view.repeatPassword.isInvalid()).isTrue();
        assertThat(view.repeatPassword.getErrorMessage()).isEqualTo(getTranslation("settings.password.mismatch"));
    }

    @Test
    void about_me_is_saved_and_shown_on_the_profile() {
        var me = fixtures.signInAs();
        SettingsView view = navigate(SettingsView.class);
        test(view.about).setValue("I run the book club.");
        test(view.saveAbout).click();

        ProfileView profile = navigate(ProfileView.path(me.personId()), ProfileView.class);
        assertThat(profile.about.getText()).isEqualTo("I run the book club.");
        assertThat(profile.about.isVisible()).isTrue();
    }

    @Test
    void the_photo_is_the_avatar_in_the_shell_the_profile_and_the_directory() throws Exception {
        var me = fixtures.signInAs();
        String url = settings.savePhoto(UploadsTestImages.image("png", 120, 90, false));

        navigate(HomeView.class);
        MenuBar menu = $(MenuBar.class).first();
        MenuItem root = menu.getItems().getFirst();
        Avatar shellAvatar = (Avatar) root.getChildren().filter(Avatar.class::isInstance).findFirst().orElseThrow();
        assertThat(shellAvatar.getImage()).isEqualTo(url);
        assertThat(root.getSubMenu().getItems()).anySatisfy(item ->
                assertThat(item.getElement().getTextRecursively()).contains(getTranslation("shell.settings")));

        ProfileView profile = navigate(ProfileView.path(me.personId()), ProfileView.class);
        assertThat($(Avatar.class, profile).all()).extracting(Avatar::getImage).contains(url);

        var summary = people.search(me.displayName(), null, false, org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent().getFirst();
        assertThat($(Avatar.class, PersonCell.linked(summary, null)).single().getImage()).isEqualTo(url);
    }

    @Test
    void names_in_person_cells_take_their_own_direction() {
        var me = fixtures.signInAs();
        var summary = people.search(me.displayName(), null, false, org.springframework.data.domain.PageRequest.of(0, 1))
                .getContent().getFirst();
        var cell = PersonCell.linked(summary, "مهندس نرم‌افزار");
        assertThat(cell.getElement().getChild(1).getChild(0).getAttribute("dir")).isEqualTo("auto");
        assertThat($(Span.class, cell).first().getElement().getAttribute("dir")).isEqualTo("auto");
    }

    private String getTranslation(String key, Object... args) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key, args);
    }
}
