package app.bravo.security;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.ui.AuditLogView;
import app.bravo.admin.ui.TokensView;
import app.bravo.home.HomeView;
import app.bravo.people.ui.DepartmentsAdminView;
import app.bravo.people.ui.DirectoryView;
import app.bravo.people.ui.ImportView;
import app.bravo.people.ui.PeopleAdminView;
import app.bravo.people.ui.ProfileView;
import app.bravo.people.ui.ValuesAdminView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each role opens exactly the pages DESIGN section 1 gives it: this table is the specification,
 * written out by hand, not read back from the annotations it checks.
 */
@IntegrationTest
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    private static final Set<Role> EVERYONE = Set.of(Role.values());
    private static final Set<Role> ADMIN_ONLY = Set.of(Role.ADMIN);

    private static final Map<Class<? extends Component>, Set<Role>> MATRIX = Map.ofEntries(
            Map.entry(HomeView.class, EVERYONE),
            Map.entry(DirectoryView.class, EVERYONE),
            Map.entry(ProfileView.class, EVERYONE),
            Map.entry(PeopleAdminView.class, ADMIN_ONLY),
            Map.entry(DepartmentsAdminView.class, ADMIN_ONLY),
            Map.entry(ValuesAdminView.class, ADMIN_ONLY),
            Map.entry(ImportView.class, ADMIN_ONLY),
            Map.entry(AuditLogView.class, ADMIN_ONLY),
            Map.entry(TokensView.class, ADMIN_ONLY));

    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void each_role_opens_exactly_its_pages(Role role) {
        var me = role == Role.EMPLOYEE ? fixtures.signInAs() : fixtures.signInAs(role);
        MATRIX.forEach((view, roles) -> {
            String path = view == ProfileView.class ? ProfileView.path(me.personId()) : null;
            if (roles.contains(role)) {
                Component shown = path == null ? navigate(view) : navigate(path, view);
                assertThat(shown).as(role + " opens " + view.getSimpleName()).isInstanceOf(view);
            } else {
                assertThatThrownBy(() -> navigate(view)).as(role + " is refused " + view.getSimpleName())
                        .hasMessageContaining("Denied");
                assertThat(getCurrentView()).isNotInstanceOf(view);
            }
        });
    }
}
