package app.bravo.demo;

import app.bravo.Fixtures;
import app.bravo.IntegrationTest;
import app.bravo.people.PersonSummary;
import app.bravo.people.PeopleService;
import app.bravo.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DemoDataTest {

    @Autowired PeopleService people;
    @Autowired Fixtures fixtures;
    @Autowired java.time.Clock clock;
    @Autowired app.bravo.recognition.RecognitionDemo recognition;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private long demoPeople() {
        return people.search("@bravo.demo", null, true, PageRequest.of(0, 1000)).getContent().size();
    }

    @Test
    void seeding_makes_a_realistic_company_and_a_second_run_adds_nothing() {
        var demo = new DemoData(people, clock, recognition);
        app.bravo.demo.DemoMode.asSystem();
        demo.seed();
        fixtures.signInAs(Role.ADMIN);
        long first = demoPeople();
        // the departments of the demo people only: other tests make departments and people of their own
        var departments = people.search("@bravo.demo", null, true, PageRequest.of(0, 1000)).getContent().stream()
                .map(PersonSummary::departmentName).filter(java.util.Objects::nonNull).distinct().toList();

        app.bravo.demo.DemoMode.asSystem();
        demo.seed();
        fixtures.signInAs(Role.ADMIN);

        assertThat(first).isGreaterThanOrEqualTo(150);
        assertThat(departments).hasSizeGreaterThanOrEqualTo(8)
                .isSubsetOf(java.util.Arrays.stream(DemoData.DEPARTMENTS).map(d -> d[0]).toList());
        assertThat(demoPeople()).isEqualTo(first);
        assertThat(people.values()).extracting(v -> v.name()).contains("Customers first", "Own it", "Better together",
                "Keep it simple", "Learn every day");
        for (String login : new String[] {"employee", "manager", "moderator", "hr", "admin"}) {
            assertThat(people.idOfEmail(login + "@bravo.demo")).as(login).isPresent();
        }
        long adminId = people.idOfEmail("admin@bravo.demo").orElseThrow();
        assertThat(people.find(adminId).orElseThrow().roles()).contains(Role.ADMIN, Role.EMPLOYEE);
        long employeeId = people.idOfEmail("employee@bravo.demo").orElseThrow();
        var employee = people.find(employeeId).orElseThrow();
        assertThat(employee.managerId()).isEqualTo(people.idOfEmail("manager@bravo.demo").orElseThrow());
        assertThat(employee.hireDate()).isNotNull();
    }
}
