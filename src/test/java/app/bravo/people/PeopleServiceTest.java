package app.bravo.people;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditService;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PeopleServiceTest {

    @Autowired PeopleService people;
    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void the_directory_finds_people_by_part_of_their_name_and_filters_by_department() {
        var dept = fixtures.department("Sales");
        fixtures.signInAs(Role.ADMIN);
        String marker = Fixtures.unique("Zed");
        long inDept = people.create(new PersonForm(marker + "a@test.example", marker + " Alpha", null, dept.getId(), null, null, Set.of(), null));
        people.create(new PersonForm(marker + "b@test.example", marker + " Beta", null, null, null, null, Set.of(), null));

        fixtures.signInAs();
        assertThat(people.search(marker, null, false, PageRequest.of(0, 10)).getContent()).hasSize(2);
        assertThat(people.search(marker, dept.getId(), false, PageRequest.of(0, 10)).getContent())
                .extracting(PersonSummary::id).containsExactly(inDept);
    }

    @Test
    void an_employee_cannot_create_people() {
        fixtures.signInAs();
        assertThatThrownBy(() -> people.create(new PersonForm(Fixtures.unique("x") + "@test.example", "X", null, null, null, null, Set.of(), null)))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_role_change_is_audited_with_before_and_after() {
        var admin = fixtures.signInAs(Role.ADMIN);
        var target = fixtures.person("Target");
        people.update(target.getId(), new PersonForm(target.getEmail(), "Target", null, null, null,
                LocalDate.of(2020, 1, 1), Set.of(Role.HR), null));

        assertThat(people.find(target.getId()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        var entries = audit.find(AuditAction.ROLES_CHANGED, target.getEmail(), PageRequest.of(0, 5)).getContent();
        assertThat(entries).hasSize(1);
        assertThat(entries.getFirst().getActor()).isEqualTo(admin.email());
        assertThat(entries.getFirst().getMessageKey()).isEqualTo("audit.msg.roles-changed");
        assertThat(entries.getFirst().getSubject()).isEqualTo("Target");
        assertThat(entries.getFirst().getParams()).contains("\"roles\":{\"keys\":[\"role.EMPLOYEE\",\"role.HR\"]}")
                .contains("\"were\":{\"keys\":[\"role.EMPLOYEE\"]}");
    }

    @Test
    void a_manager_chain_cannot_loop() {
        fixtures.signInAs(Role.ADMIN);
        var boss = fixtures.person("Boss");
        var report = fixtures.person("Report");
        people.update(report.getId(), new PersonForm(report.getEmail(), "Report", null, null, boss.getId(), null, Set.of(), null));

        assertThatThrownBy(() -> people.update(boss.getId(),
                new PersonForm(boss.getEmail(), "Boss", null, null, report.getId(), null, Set.of(), null)))
                .isInstanceOf(UserError.class).hasMessage("people.error.manager-cycle");
    }

    @Test
    void a_common_password_is_refused_and_a_long_unicode_one_is_kept() {
        fixtures.signInAs(Role.ADMIN);
        var p = fixtures.person("Pat");
        assertThatThrownBy(() -> people.update(p.getId(), new PersonForm(p.getEmail(), "Pat", null, null, null, null, Set.of(), "password123")))
                .isInstanceOf(UserError.class).hasMessage("password.too-common");
        people.update(p.getId(), new PersonForm(p.getEmail(), "Pat", null, null, null, null, Set.of(), "گذرواژه‌ی بلند 🦄 ".repeat(7)));
    }

    @Test
    void deactivated_people_leave_the_directory_but_admins_still_see_them() {
        fixtures.signInAs(Role.ADMIN);
        String marker = Fixtures.unique("Gone");
        var p = fixtures.person(marker);
        people.deactivate(p.getId());
        assertThat(people.search(marker, null, true, PageRequest.of(0, 5)).getContent()).extracting(PersonSummary::active).containsExactly(false);

        fixtures.signInAs();
        assertThat(people.search(marker, null, true, PageRequest.of(0, 5)).getContent()).isEmpty();
        assertThat(people.find(p.getId())).isEmpty();
    }
}
