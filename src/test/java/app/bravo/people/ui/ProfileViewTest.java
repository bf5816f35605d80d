package app.bravo.people.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import app.bravo.shell.ErrorPages;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProfileViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired PeopleService people;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void a_profile_shows_the_manager_and_the_direct_reports() {
        var boss = fixtures.person(Fixtures.unique("Boss"));
        var report = fixtures.person(Fixtures.unique("Report"));
        fixtures.signInAs(Role.ADMIN);
        people.update(report.getId(), new PersonForm(report.getEmail(), report.getDisplayName(), "Engineer", null, boss.getId(), null, Set.of(), null));
        fixtures.signInAs();

        ProfileView bossView = navigate(ProfileView.path(boss.getId()), ProfileView.class);
        assertThat(bossView.name.getText()).isEqualTo(boss.getDisplayName());
        assertThat($(Anchor.class, bossView.reports).all()).extracting(Anchor::getText).contains(report.getDisplayName());

        ProfileView reportView = navigate(ProfileView.path(report.getId()), ProfileView.class);
        assertThat($(Anchor.class, reportView.facts).all()).extracting(Anchor::getText).contains(boss.getDisplayName());
    }

    @Test
    void a_deactivated_persons_profile_is_not_shown_to_employees() {
        var gone = fixtures.person(Fixtures.unique("Gone"));
        fixtures.signInAs(Role.ADMIN);
        people.deactivate(gone.getId());
        fixtures.signInAs();
        ErrorPages.assertEndedOn(() -> navigate(ProfileView.path(gone.getId()), ProfileView.class), ProfileView.class,
                ErrorPages.MISSING);
        assertThat(getCurrentView()).isInstanceOf(ErrorPages.MISSING);
    }
}
