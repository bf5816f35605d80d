package app.bravo.people;

import app.bravo.shared.csv.CsvProblem;
import app.bravo.shared.csv.ImportProgress;
import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.audit.AuditAction;
import app.bravo.audit.AuditEntry;
import app.bravo.audit.AuditService;
import app.bravo.security.Role;
import app.bravo.shared.UserError;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class PeopleImportTest {

    @Autowired PeopleImport importer;
    @Autowired PeopleService people;
    @Autowired AuditService audit;
    @Autowired Fixtures fixtures;

    String tag;

    @BeforeEach
    void signIn() {
        fixtures.signInAs(Role.ADMIN);
        tag = Fixtures.unique("imp");
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    String email(String who) {
        return who + "." + tag + "@test.example";
    }

    ImportReport run(String csv) {
        return importer.importCsv("test.csv", csv.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
    }

    PersonDetails person(String who) {
        long id = people.idOfEmail(email(who)).orElseThrow();
        return people.find(id).orElseThrow();
    }

    @Test
    void good_lines_are_imported_and_each_bad_line_is_reported_with_its_reason() {
        String dept = Fixtures.unique("Dept");
        String csv = """
                email,name,title,department,manager_email,hire_date,roles
                %1$s,Good One,Engineer,%2$s,,2021-02-03,EMPLOYEE
                not-an-email,Bad Mail,,,,,
                ,No Mail,,,,,
                %3$s,,,,,,
                %4$s,Bad Date,,,,2021-02-30,
                %5$s,Bad Role,,,,,EMPLOYEE;WIZARD
                %1$s,Duplicate,,,,,
                %6$s,Lost,,,%7$s,,
                %8$s,Myself,,,%8$s,,
                %9$s,%10$s,,,,,
                %11$s,Long Title,%12$s,,,,
                %13$s,Tab\there,,,,,
                %14$s,Good Two,,%2$s,%1$s,,EMPLOYEE;HR
                """.formatted(email("good1"), dept, email("noname"), email("baddate"), email("badrole"),
                email("lost"), email("nobody"), email("self"), email("longname"), "n".repeat(121),
                email("longtitle"), "t".repeat(121), email("control"), email("good2"));

        ImportReport report = run(csv);

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.problems()).extracting(CsvProblem::line, CsvProblem::messageKey).containsExactly(
                tuple(3L, "import.error.email-invalid"),
                tuple(4L, "import.error.email-missing"),
                tuple(5L, "import.error.name-missing"),
                tuple(6L, "import.error.date"),
                tuple(7L, "import.error.role"),
                tuple(8L, "import.error.email-duplicate"),
                tuple(9L, "import.error.manager-unknown"),
                tuple(10L, "import.error.self-manager"),
                tuple(11L, "import.error.name-too-long"),
                tuple(12L, "import.error.title-too-long"),
                tuple(13L, "import.error.control"));
        assertThat(report.problems().get(5).args()).containsExactly(email("good1"), "2");
        assertThat(report.newDepartments()).containsExactly(dept);

        PersonDetails two = person("good2");
        assertThat(two.managerName()).isEqualTo("Good One");
        assertThat(two.departmentName()).isEqualTo(dept);
        assertThat(two.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        assertThat(person("good1").hireDate()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(people.idOfEmail(email("baddate"))).isEmpty();
        assertThat(people.idOfEmail(email("lost"))).isEmpty();
    }

    @Test
    void a_bad_line_is_told_every_reason_at_once() {
        ImportReport report = run("email,name,hire_date,manager_email,roles\n%s,Many Faults,2020-02-30,%s,WIZARD\n"
                .formatted(email("faulty"), email("nobody")));

        assertThat(report.problems()).extracting(CsvProblem::line, CsvProblem::messageKey).containsExactlyInAnyOrder(
                tuple(2L, "import.error.date"), tuple(2L, "import.error.role"), tuple(2L, "import.error.manager-unknown"));
        assertThat(report.badLines()).isEqualTo(1);
    }

    @Test
    void running_the_same_file_again_creates_no_one_and_changes_nothing() {
        String csv = """
                email,name,title,department,manager_email,hire_date,roles
                %s,Boss,Chief,%s,,2019-01-01,EMPLOYEE;MANAGER
                %s,Worker,Builder,,%s,2020-01-01,
                """.formatted(email("boss"), Fixtures.unique("Ops"), email("worker"), email("boss"));

        ImportReport first = run(csv);
        ImportReport second = run(csv);

        assertThat(first.created()).isEqualTo(2);
        assertThat(second.created()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(second.newDepartments()).isEmpty();
        assertThat(second.problems()).isEmpty();
    }

    @Test
    void a_changed_line_counts_as_updated() {
        run("email,name,title\n%s,Sam,Tester\n".formatted(email("sam")));
        ImportReport again = run("email,name,title\n%s,Sam,Lead tester\n".formatted(email("sam")));
        assertThat(again.updated()).isEqualTo(1);
        assertThat(person("sam").jobTitle()).isEqualTo("Lead tester");
    }

    @Test
    void a_manager_may_be_defined_later_in_the_same_file() {
        ImportReport report = run("""
                name,manager_email,email
                Report,%s,%s
                Manager,,%s
                """.formatted(email("mgr"), email("rep"), email("mgr")));

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(2);
        assertThat(person("rep").managerId()).isEqualTo(person("mgr").id());
    }

    @Test
    void a_manager_loop_across_lines_is_refused_for_the_line_that_would_close_it() {
        ImportReport report = run("""
                email,name,manager_email
                %s,A,%s
                %s,B,%s
                """.formatted(email("a"), email("b"), email("b"), email("a")));

        assertThat(report.problems()).extracting(CsvProblem::line, CsvProblem::messageKey)
                .containsExactly(tuple(3L, "import.error.manager-cycle"));
        assertThat(person("a").managerId()).isEqualTo(person("b").id());
        assertThat(person("b").managerId()).isNull();
    }

    @Test
    void role_changes_are_audited_and_the_run_is_summarised() {
        var existing = fixtures.person("Role Holder");
        String csv = "email,name,roles\n%s,Role Holder,EMPLOYEE;MODERATOR\n".formatted(existing.getEmail());

        ImportReport report = run(csv);

        assertThat(report.updated()).isEqualTo(1);
        List<AuditEntry> changes = audit.find(AuditAction.ROLES_CHANGED, existing.getEmail(), PageRequest.of(0, 5)).getContent();
        assertThat(changes).hasSize(1);
        assertThat(changes.getFirst().getMessageKey()).isEqualTo("audit.msg.roles-changed.import");
        assertThat(changes.getFirst().getParams()).contains("\"were\":{\"keys\":[\"role.EMPLOYEE\"]}").contains("role.MODERATOR");
        assertThat(people.find(existing.getId()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MODERATOR);

        String file = Fixtures.unique("file") + ".csv";
        importer.importCsv(file, csv.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE);
        List<AuditEntry> summaries = audit.find(AuditAction.PEOPLE_IMPORTED, file, PageRequest.of(0, 5)).getContent();
        assertThat(summaries).hasSize(1);
        assertThat(summaries.getFirst().getParams()).contains("\"created\":0").contains("\"unchanged\":1");
        assertThat(audit.find(AuditAction.ROLES_CHANGED, existing.getEmail(), PageRequest.of(0, 5)).getContent()).hasSize(1);
    }

    @Test
    void a_semicolon_file_with_a_byte_order_mark_and_header_names_in_any_case_is_read() {
        String csv = "\uFEFFEMAIL;Name;Roles;Hire_Date\n%s;Semi Colon;\"EMPLOYEE;HR\";2022-12-31\n".formatted(email("semi"));

        ImportReport report = run(csv);

        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(1);
        PersonDetails p = person("semi");
        assertThat(p.displayName()).isEqualTo("Semi Colon");
        assertThat(p.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        assertThat(p.hireDate()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void persian_names_and_four_byte_emoji_are_kept_intact() {
        String name = "زهرا محمدی‌نژاد 🦄";
        String title = "مدیر 𝒳 فروش 👩🏽‍💻";
        String dept = "فروش " + Fixtures.unique("د");

        ImportReport report = run("email,name,title,department\n%s,%s,%s,%s\n".formatted(email("fa"), name, title, dept));

        assertThat(report.problems()).isEmpty();
        PersonDetails p = person("fa");
        assertThat(p.displayName()).isEqualTo(name);
        assertThat(p.jobTitle()).isEqualTo(title);
        assertThat(p.departmentName()).isEqualTo(dept);
        assertThat(report.newDepartments()).containsExactly(dept);
    }

    @Test
    void a_file_that_is_too_large_or_too_long_is_refused_with_a_clear_message() {
        byte[] big = new byte[PeopleImport.MAX_BYTES + 1];
        assertThatThrownBy(() -> importer.importCsv("big.csv", big, ImportProgress.NONE))
                .isInstanceOf(UserError.class).hasMessage("import.error.too-large");

        String longFile = "email,name\n" + "x@test.example,X\n".repeat(PeopleImport.MAX_LINES);
        assertThatThrownBy(() -> run(longFile))
                .isInstanceOf(UserError.class).hasMessage("import.error.too-many-lines");
    }

    @Test
    void a_file_that_is_not_utf8_or_has_an_unknown_column_is_refused() {
        byte[] latin1 = "email,name\nx@test.example,Jos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> importer.importCsv("latin.csv", latin1, ImportProgress.NONE))
                .isInstanceOf(UserError.class).hasMessage("import.error.encoding");
        assertThatThrownBy(() -> run("email,name,shoe_size\n"))
                .isInstanceOf(UserError.class).hasMessage("import.error.unknown-column");
        assertThatThrownBy(() -> run("email,title\n"))
                .isInstanceOf(UserError.class).hasMessage("import.error.missing-columns");
    }

    @Test
    void an_unclosed_quote_is_reported_and_the_lines_before_it_are_imported() {
        ImportReport report = run("email,name\n%s,Before\n%s,\"Never closed\n%s,After\n"
                .formatted(email("before"), email("broken"), email("after")));
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.problems()).extracting(CsvProblem::line, CsvProblem::messageKey)
                .containsExactly(tuple(3L, "import.error.malformed"));
    }

    @Test
    void thousands_of_lines_are_imported_in_batches_with_progress() {
        int n = 1_000;
        var csv = new StringBuilder("email,name,manager_email\n");
        for (int i = 0; i < n; i++) {
            csv.append(email("bulk" + i)).append(",Bulk ").append(i).append(',')
                    .append(i == 0 ? "" : email("bulk" + (i - 1) / 10)).append('\n');
        }
        List<int[]> steps = new ArrayList<>();
        ImportReport report = importer.importCsv("bulk.csv", csv.toString().getBytes(StandardCharsets.UTF_8),
                (done, total) -> steps.add(new int[] {done, total}));

        assertThat(report.created()).isEqualTo(n);
        assertThat(report.problems()).isEmpty();
        assertThat(steps.size()).isGreaterThan(2 * n / PeopleImport.BATCH_SIZE);
        assertThat(steps.getLast()).containsExactly(2 * n, 2 * n);
        assertThat(person("bulk999").managerId()).isEqualTo(person("bulk99").id());
    }

    @Test
    void an_employee_may_not_import() {
        fixtures.signInAs();
        assertThatThrownBy(() -> run("email,name\n%s,X\n".formatted(email("x"))))
                .isInstanceOf(AuthorizationDeniedException.class);
    }
}
