package app.bravo.audit.ui;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditEntry;
import app.bravo.audit.AuditService;
import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AuditLogViewTest extends SpringBrowserlessTest {

    @Autowired Fixtures fixtures;
    @Autowired PeopleService people;
    @Autowired AuditService audit;
    @Autowired TransactionTemplate tx;

    @BeforeEach
    void signIn() {
        fixtures.signInAs(Role.ADMIN);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /** The sentence without the Unicode isolates that keep names in their own direction. */
    private static String plain(String text) {
        return text.replace("\u2068", "").replace("\u2069", "");
    }

    private long personWithNewRoles(String name, String email) {
        long id = people.create(new PersonForm(email, name, null, null, null, null, Set.of(), null));
        people.update(id, new PersonForm(email, name, null, null, null, null, Set.of(Role.MODERATOR, Role.HR), null));
        return id;
    }

    @Test
    void searching_and_choosing_an_action_narrows_the_log_and_each_entry_says_what_happened_in_words() {
        String email = Fixtures.unique("audited") + "@test.example";
        personWithNewRoles("Sara Ahmadi", email);

        AuditLogView view = navigate(AuditLogView.class);
        Grid<AuditEntry> grid = view.grid;
        test(view.search).setValue(email);
        assertThat(test(grid).size()).isEqualTo(3); // created, roles changed, updated

        test(view.action).selectItem("Roles changed");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(view.action.getValue()).isEqualTo(AuditAction.ROLES_CHANGED);
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Roles changed");
        String said = test(grid).getCellText(0, 3);
        assertThat(plain(said)).isEqualTo("Sara Ahmadi’s roles: Employee, Moderator, HR (were: Employee)");
        assertThat(said).contains("\u2068Sara Ahmadi\u2069");

        view.action.clear();
        assertThat(plain(test(grid).getCellText(2, 3))).isEqualTo("Sara Ahmadi (" + email + ") was added with the roles: Employee.");

        test(view.search).setValue(Fixtures.unique("nothing-like-this"));
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void a_persian_reader_reads_the_log_in_persian() {
        String email = Fixtures.unique("fa") + "@test.example";
        personWithNewRoles("سارا احمدی", email);
        UI.getCurrent().setLocale(Locale.forLanguageTag("fa"));

        AuditLogView view = navigate(AuditLogView.class);
        test(view.search).setValue(email);
        test(view.action).selectItem("تغییر نقش‌ها");
        assertThat(plain(test(view.grid).getCellText(0, 3)))
                .isEqualTo("نقش‌های سارا احمدی: کارمند، ناظر محتوا، منابع انسانی (پیش‌تر: کارمند)");
    }

    @Test
    void an_entry_written_before_messages_is_still_readable() {
        String marker = Fixtures.unique("old");
        tx.executeWithoutResult(s -> audit.record(AuditAction.ROLES_CHANGED, "person", 4242,
                marker + "@test.example: [EMPLOYEE] -> [EMPLOYEE, MODERATOR]"));

        AuditLogView view = navigate(AuditLogView.class);
        test(view.search).setValue(marker);
        assertThat(test(view.grid).getCellText(0, 3))
                .isEqualTo("Person 4242: " + marker + "@test.example: Employee -> Employee, Moderator");
    }

    @Test
    void on_a_phone_each_entry_is_one_stacked_cell_and_on_a_laptop_four_columns() {
        AuditLogView view = navigate(AuditLogView.class);
        view.layoutFor(390);
        assertThat(view.entry.isVisible()).isTrue();
        assertThat(view.when.isVisible() || view.who.isVisible() || view.what.isVisible() || view.details.isVisible()).isFalse();
        view.layoutFor(1280);
        assertThat(view.entry.isVisible()).isFalse();
        assertThat(view.when.isVisible() && view.who.isVisible() && view.what.isVisible() && view.details.isVisible()).isTrue();
    }
}
