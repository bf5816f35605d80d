package app.bravo.people.internal;

import app.bravo.people.PeopleService;
import app.bravo.people.PersonForm;
import app.bravo.security.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A fresh production install has nobody who could sign in. When BRAVO_ADMIN_EMAIL and
 * BRAVO_ADMIN_PASSWORD are set and no active administrator exists, this creates one at start-up
 * (audited as done by "system"). It does nothing once an administrator exists.
 */
@Component
@Order(-10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final PersonRepository people;
    private final PeopleService service;
    private final String email;
    private final String password;

    FirstAdministrator(PersonRepository people, PeopleService service,
                       @Value("${bravo.admin.email:}") String email, @Value("${bravo.admin.password:}") String password) {
        this.people = people;
        this.service = service;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank() || password.isEmpty() || people.anyActiveWithRole(Role.ADMIN)) {
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "system", null, AuthorityUtils.createAuthorityList(Role.ADMIN.authority(), Role.EMPLOYEE.authority())));
        try {
            var existing = service.idOfEmail(email);
            if (existing.isPresent()) {
                var p = service.find(existing.get()).orElseThrow();
                var roles = new java.util.HashSet<>(p.roles());
                roles.add(Role.ADMIN);
                service.update(p.id(), new PersonForm(p.email(), p.displayName(), p.jobTitle(), p.departmentId(),
                        p.managerId(), p.hireDate(), roles, password));
            } else {
                service.create(new PersonForm(email, "Administrator", null, null, null, null, Set.of(Role.ADMIN), password));
            }
            log.warn("Created the first administrator {} from BRAVO_ADMIN_EMAIL; change the password after signing in.", email);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
